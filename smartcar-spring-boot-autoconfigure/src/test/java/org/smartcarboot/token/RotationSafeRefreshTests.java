package org.smartcarboot.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.autoconfigure.SmartcarVehicleAutoConfiguration;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests the starter's refresh against the simulator's rotating refresh tokens with no
 * grace period, from threads with no web request: many concurrent calls on an expired
 * token spend the refresh token once, a rejected refresh token or a principal with no
 * tokens gives {@link SmartcarReauthorizationRequiredException}, and DEBUG logs of the
 * whole flow, failures included, hold no token and no secret.
 * <p>
 * Spring's {@code org.springframework.web.client} logger stays at INFO: at DEBUG it
 * prints request bodies, the refresh token of a token request included, which the starter
 * cannot prevent (the README says so).
 */
@TestPropertySource(properties = { "logging.level.org.smartcarboot=TRACE",
		"logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.http=DEBUG",
		"logging.level.org.springframework.security=TRACE", "logging.level.org.springframework.web.client=INFO" })
@ExtendWith(QuietOutputCaptureExtension.class)
class RotationSafeRefreshTests extends SimulatorBackedTest {

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	@Qualifier(SmartcarVehicleAutoConfiguration.AUTHORIZED_CLIENT_MANAGER_BEAN)
	private OAuth2AuthorizedClientManager manager;

	@Autowired
	private StoredTokens storedTokens;

	private SmartcarSimulator simulator;

	private ExecutorService threads;

	@BeforeEach
	void setUp() {
		this.simulator = simulator();
		this.simulator.setRefreshTokenGracePeriod(Duration.ZERO);
		this.threads = Executors.newFixedThreadPool(50);
	}

	@AfterEach
	void tearDown() {
		this.threads.shutdownNow();
		this.simulator.setRefreshTokenGracePeriod(Duration.ofMinutes(1));
	}

	@Test
	void theStarterManagerIsTheRotationSafeOne() {
		assertThat(this.manager).isInstanceOf(SmartcarAuthorizedClientManager.class);
	}

	@Test
	void twoHundredConcurrentCallsOnAnExpiredTokenSpendTheRefreshTokenOnceAndAllSucceed() throws Exception {
		IssuedTokens old = this.simulator.issueTokens();
		this.storedTokens.save(this.simulator.userId(), old.accessToken(), old.refreshToken(), Duration.ofMinutes(-5));
		this.simulator.expireAccessTokens();
		List<SimulatedVehicle> cars = this.simulator.vehicles();

		List<SmartcarResponse<Odometer>> odometers = concurrently(200,
				(call) -> this.service.forUser(this.simulator.userId())
					.vehicle(cars.get(call % cars.size()).id())
					.odometer());

		assertThat(odometers).hasSize(200)
			.allSatisfy((odometer) -> assertThat(odometer.value().distance()).isPositive());
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/{id}/odometer")).isEqualTo(200);
		OAuth2AuthorizedClient stored = this.storedTokens.load(this.simulator.userId());
		assertThat(stored.getRefreshToken().getTokenValue()).isNotEqualTo(old.refreshToken());
		assertThat(this.simulator.isRefreshTokenValid(stored.getRefreshToken().getTokenValue())).isTrue();
		assertThat(this.simulator.isAccessTokenValid(stored.getAccessToken().getTokenValue())).isTrue();
	}

	@Test
	void aRefreshTokenSmartcarRejectsRemovesTheClientAndTellsEveryWaitingCallToReconnect() throws Exception {
		IssuedTokens old = this.simulator.issueTokens();
		this.storedTokens.save(this.simulator.userId(), old.accessToken(), "revoked-refresh-token",
				Duration.ofMinutes(-5));

		List<Throwable> failures = concurrently(20, (call) -> {
			try {
				this.service.forUser(this.simulator.userId()).vehicleIds();
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});

		assertThat(failures).hasSize(20)
			.allSatisfy((failure) -> assertThat(failure).isInstanceOf(SmartcarReauthorizationRequiredException.class)
				.extracting((ex) -> ((SmartcarReauthorizationRequiredException) ex).getPrincipalName())
				.isEqualTo(this.simulator.userId()));
		assertThat(this.storedTokens.load(this.simulator.userId())).isNull();
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles")).isZero();
	}

	@Test
	void aPrincipalWhoNeverConnectedGetsTheReauthorizationExceptionNotSpringSecuritysOne() throws Exception {
		List<Throwable> failures = concurrently(1, (call) -> {
			try {
				this.service.forUser("never-connected").vehicleIds();
				return null;
			}
			catch (RuntimeException ex) {
				return ex;
			}
		});

		assertThat(failures.get(0)).isInstanceOf(SmartcarReauthorizationRequiredException.class)
			.isNotInstanceOf(ClientAuthorizationRequiredException.class)
			.hasMessageContaining("'never-connected'");
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles")).isZero();
	}

	@Test
	void theWholeFlowLogsNoTokenAndNoSecretAtDebug(CapturedOutput output) throws Exception {
		String userId = this.simulator.userId();
		List<String> tokens = new ArrayList<>();
		// an expired pair, refreshed by concurrent calls
		IssuedTokens expired = this.simulator.issueTokens();
		tokens.add(expired.accessToken());
		tokens.add(expired.refreshToken());
		this.storedTokens.save(userId, expired.accessToken(), expired.refreshToken(), Duration.ofMinutes(-5));
		concurrently(10, (call) -> this.service.forUser(userId).vehicleIds());
		tokens.addAll(stored(userId));
		// an access token Smartcar rejects before its expiry: a 401, then a refresh
		this.simulator.expireAccessTokens();
		this.service.forUser(userId).userId();
		tokens.addAll(stored(userId));
		// a refresh token Smartcar rejects, then a principal with no tokens
		this.storedTokens.save(userId, tokens.get(tokens.size() - 2), "revoked-refresh-token", Duration.ofMinutes(-5));
		tokens.add("revoked-refresh-token");
		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> this.service.forUser(userId).vehicleIds());
		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> this.service.forUser(userId).vehicleIds());

		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(3);
		assertThat(output).contains("Refreshing the access token of principal '" + userId + "'",
				"Smartcar rejected the refresh token; removed the stored authorization of principal '" + userId + "'",
				"No authorization is stored for principal '" + userId + "'");
		assertThat(output).doesNotContain(tokens).doesNotContain(this.simulator.clientSecret());
	}

	private List<String> stored(String userId) {
		OAuth2AuthorizedClient client = this.storedTokens.load(userId);
		return List.of(client.getAccessToken().getTokenValue(), client.getRefreshToken().getTokenValue());
	}

	/**
	 * Runs calls on the pool's threads, which have no web request, released together.
	 */
	private <T> List<T> concurrently(int calls, Call<T> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> results = new ArrayList<>();
		for (int i = 0; i < calls; i++) {
			int number = i;
			results.add(this.threads.submit(() -> {
				start.await();
				return call.run(number);
			}));
		}
		start.countDown();
		List<T> values = new ArrayList<>();
		for (Future<T> result : results) {
			values.add(result.get(60, TimeUnit.SECONDS));
		}
		return values;
	}

	@FunctionalInterface
	private interface Call<T> {

		T run(int number);

	}

}
