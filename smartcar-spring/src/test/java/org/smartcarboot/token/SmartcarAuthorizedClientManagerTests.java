package org.smartcarboot.token;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.error.SmartcarAuthenticationException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests {@link SmartcarAuthorizedClientManager} without Spring Boot, against the
 * simulator's rotating refresh tokens: the fast path, one refresh for several managers
 * ("application instances") sharing a store and a lock, a losing refresh that finds the
 * pair another instance stored, and the driver who must connect again.
 */
class SmartcarAuthorizedClientManagerTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private SmartcarSimulator simulator;

	private LibraryTestSetup setup;

	private String user;

	@BeforeEach
	void setUp(SmartcarSimulator simulator) {
		this.simulator = simulator;
		this.setup = new LibraryTestSetup(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
		this.user = simulator.userId();
	}

	@AfterEach
	void restoreGracePeriod() {
		this.simulator.setRefreshTokenGracePeriod(Duration.ofMinutes(1));
	}

	@Test
	void aClientThatIsNotAboutToExpireIsReturnedWithNoLockAndNoTokenRequest() {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.setup.storeTokens(this.user, tokens.accessToken(), tokens.refreshToken(), Duration.ofMinutes(2));
		CountingLock lock = new CountingLock(new InMemoryTokenRefreshLock());
		SmartcarAuthorizedClientManager manager = manager(lock);

		OAuth2AuthorizedClient client = manager.authorize(request());

		assertThat(client.getAccessToken().getTokenValue()).isEqualTo(tokens.accessToken());
		assertThat(lock.calls).hasValue(0);
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isZero();
	}

	@Test
	void aClientAboutToExpireIsRefreshedUnderTheLockAndStoredBeforeItIsReturned() {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.setup.storeTokens(this.user, tokens.accessToken(), tokens.refreshToken(), Duration.ofSeconds(30));
		CountingLock lock = new CountingLock(new InMemoryTokenRefreshLock());

		OAuth2AuthorizedClient client = manager(lock).authorize(request());

		assertThat(client.getAccessToken().getTokenValue()).isNotEqualTo(tokens.accessToken());
		assertThat(lock.calls).hasValue(1);
		assertThat(stored().getRefreshToken().getTokenValue()).isEqualTo(client.getRefreshToken().getTokenValue());
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
	}

	@Test
	void twoInstancesSharingTheStoreAndTheLockRefreshAnExpiredClientOnce() throws Exception {
		this.simulator.setRefreshTokenGracePeriod(Duration.ZERO);
		InMemoryTokenRefreshLock sharedLock = new InMemoryTokenRefreshLock();
		SmartcarAuthorizedClientManager first = manager(sharedLock);
		SmartcarAuthorizedClientManager second = manager(sharedLock);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				this.simulator.resetRequestCounts();
				IssuedTokens old = this.simulator.issueTokens();
				this.setup.storeTokens(this.user, old.accessToken(), old.refreshToken(), Duration.ofMinutes(-5));
				CyclicBarrier together = new CyclicBarrier(2);
				Future<OAuth2AuthorizedClient> one = instances.submit(() -> awaitThen(together, first));
				Future<OAuth2AuthorizedClient> other = instances.submit(() -> awaitThen(together, second));
				OAuth2AuthorizedClient fromFirst = one.get(30, TimeUnit.SECONDS);
				OAuth2AuthorizedClient fromSecond = other.get(30, TimeUnit.SECONDS);

				assertThat(this.simulator.tokenRequestCount("refresh_token")).as("round %d", round).isEqualTo(1);
				String accessToken = fromFirst.getAccessToken().getTokenValue();
				assertThat(fromSecond.getAccessToken().getTokenValue()).isEqualTo(accessToken);
				assertThat(this.simulator.isAccessTokenValid(accessToken)).isTrue();
				String newest = stored().getRefreshToken().getTokenValue();
				assertThat(newest).isEqualTo(fromFirst.getRefreshToken().getTokenValue())
					.isNotEqualTo(old.refreshToken());
				assertThat(this.simulator.isRefreshTokenValid(newest)).isTrue();
			}
		}
		finally {
			instances.shutdownNow();
		}
		assertThat(sharedLock.size()).isZero();
	}

	@Test
	void aRefreshThatLosesToAnotherInstanceUsesThePairItStoredAndKeepsTheDriverConnected() {
		this.simulator.setRefreshTokenGracePeriod(Duration.ZERO);
		IssuedTokens old = this.simulator.issueTokens();
		this.setup.storeTokens(this.user, old.accessToken(), old.refreshToken(), Duration.ofMinutes(-5));
		// two instances with no lock in common: the other one rotates the pair after this
		// one read it, so this one spends the old refresh token and gets invalid_grant
		SmartcarAuthorizedClientManager otherInstance = manager(new InMemoryTokenRefreshLock());
		OAuth2AuthorizedClientProvider smartcar = SmartcarTokenClients.builder().build().authorizedClientProvider();
		AtomicBoolean rotatedByTheOther = new AtomicBoolean();
		OAuth2AuthorizedClientProvider losing = (context) -> {
			if (rotatedByTheOther.compareAndSet(false, true)) {
				otherInstance.authorize(request());
			}
			return smartcar.authorize(context);
		};
		SmartcarAuthorizedClientManager thisInstance = SmartcarAuthorizedClientManager
			.builder(this.setup.registrations(), this.setup.store())
			.authorizedClientProvider(losing)
			.build();
		SmartcarVehicleService service = SmartcarVehicleService.builder(thisInstance)
			.apiUrl(this.simulator.baseUrl())
			.build();

		List<String> vehicleIds = service.forUser(this.user).vehicleIds();

		assertThat(vehicleIds).hasSize(this.simulator.vehicles().size());
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(2);
		OAuth2AuthorizedClient stored = stored();
		assertThat(stored).isNotNull();
		assertThat(stored.getRefreshToken().getTokenValue()).isNotEqualTo(old.refreshToken());
		assertThat(this.simulator.isRefreshTokenValid(stored.getRefreshToken().getTokenValue())).isTrue();
		assertThat(this.simulator.isAccessTokenValid(stored.getAccessToken().getTokenValue())).isTrue();
	}

	@Test
	void aRejectedRefreshTokenWithNoNewerPairRemovesTheClientAndNamesThePrincipal() {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.setup.storeTokens(this.user, tokens.accessToken(), "revoked-refresh-token", Duration.ofMinutes(-5));

		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> manager(new InMemoryTokenRefreshLock()).authorize(request()))
			.satisfies((ex) -> {
				assertThat(ex.getPrincipalName()).isEqualTo(this.user);
				assertThat(ex.getRegistrationId()).isEqualTo("smartcar");
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getCode()).isEqualTo("invalid_grant");
				assertThat(ex.isReauthenticationRequired()).isTrue();
				assertThat(ex).hasCauseInstanceOf(SmartcarAuthenticationException.class);
				assertThat(ex.getMessage()).contains("principal '" + this.user + "'")
					.doesNotContain("revoked-refresh-token", tokens.accessToken());
			});
		assertThat(stored()).isNull();
	}

	@Test
	void aPrincipalWhoNeverConnectedGetsTheReauthorizationExceptionAndNothingIsSent() {
		SmartcarVehicleService service = SmartcarVehicleService.builder(this.setup.manager())
			.apiUrl(this.simulator.baseUrl())
			.build();

		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> service.forUser("never-connected").vehicleIds())
			.satisfies((ex) -> {
				assertThat(ex.getPrincipalName()).isEqualTo("never-connected");
				assertThat(ex.getStatusCode()).isZero();
				assertThat(ex.getType()).isEqualTo("AUTHENTICATION");
				assertThat(ex.isReauthenticationRequired()).isTrue();
				assertThat(ex.getMessage()).contains("'never-connected'", "Smartcar Connect");
			});
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles")).isZero();
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isZero();
	}

	private SmartcarAuthorizedClientManager manager(TokenRefreshLock lock) {
		return SmartcarAuthorizedClientManager.builder(this.setup.registrations(), this.setup.store())
			.refreshLock(lock)
			.build();
	}

	private OAuth2AuthorizeRequest request() {
		return OAuth2AuthorizeRequest.withClientRegistrationId("smartcar").principal(this.user).build();
	}

	private OAuth2AuthorizedClient awaitThen(CyclicBarrier together, SmartcarAuthorizedClientManager manager)
			throws Exception {
		together.await(10, TimeUnit.SECONDS);
		return manager.authorize(request());
	}

	private OAuth2AuthorizedClient stored() {
		return this.setup.store().loadAuthorizedClient("smartcar", this.user);
	}

	/**
	 * A lock that counts its calls.
	 */
	private static final class CountingLock implements TokenRefreshLock {

		private final AtomicInteger calls = new AtomicInteger();

		private final TokenRefreshLock lock;

		CountingLock(TokenRefreshLock lock) {
			this.lock = lock;
		}

		@Override
		public <T> T callLocked(String registrationId, String principalName, Supplier<T> refresh) {
			this.calls.incrementAndGet();
			return this.lock.callLocked(registrationId, principalName, refresh);
		}

	}

}
