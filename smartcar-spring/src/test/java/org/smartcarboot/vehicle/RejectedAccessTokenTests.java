package org.smartcarboot.vehicle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarAuthenticationException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests what a 401 from the vehicle API does with a
 * {@link SmartcarAuthorizedClientManager}: the access token, rejected before its stored
 * expiry, is refreshed once; a read is sent once more, a command never; a rejected
 * refresh token then means the driver must connect again.
 */
class RejectedAccessTokenTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private SmartcarSimulator simulator;

	private LibraryTestSetup setup;

	private SmartcarVehicleService driver;

	private SimulatedVehicle car;

	@BeforeEach
	void setUp(SmartcarSimulator simulator) {
		this.simulator = simulator;
		this.setup = new LibraryTestSetup(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
		this.driver = SmartcarVehicleService.builder(this.setup.manager())
			.apiUrl(simulator.baseUrl())
			.build()
			.forUser(simulator.userId());
		this.car = simulator.vehicles().get(0);
		this.car.setLocked(false);
	}

	@Test
	void aReadWhoseTokenSmartcarRejectsBeforeItsExpiryIsRefreshedOnceAndSentAgain() {
		IssuedTokens old = storeTokensSmartcarNoLongerAccepts();

		SmartcarResponse<Odometer> odometer = this.driver.vehicle(this.car.id()).odometer();

		assertThat(odometer.value().distance()).isPositive();
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/{id}/odometer")).isEqualTo(2);
		OAuth2AuthorizedClient stored = stored();
		assertThat(stored.getRefreshToken().getTokenValue()).isNotEqualTo(old.refreshToken());
		assertThat(this.simulator.isAccessTokenValid(stored.getAccessToken().getTokenValue())).isTrue();
	}

	@Test
	void aCommandWhoseTokenSmartcarRejectsIsNeverSentTwiceButTheTokenIsReplaced() {
		storeTokensSmartcarNoLongerAccepts();

		assertThatExceptionOfType(SmartcarAuthenticationException.class)
			.isThrownBy(() -> this.driver.vehicle(this.car.id()).lock())
			.satisfies((ex) -> {
				assertThat(ex).isNotInstanceOf(SmartcarReauthorizationRequiredException.class);
				assertThat(ex.getStatusCode()).isEqualTo(401);
			});
		assertThat(this.simulator.requestCount("POST", "/v2.0/vehicles/{id}/security")).isEqualTo(1);
		assertThat(this.car.isLocked()).isFalse();
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);

		assertThat(this.driver.vehicle(this.car.id()).lock().value().status()).isEqualTo("success");
		assertThat(this.car.isLocked()).isTrue();
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
	}

	@Test
	void aReadRejectedAgainAfterTheRefreshIsThrownWithoutAnotherRefreshOrRequest() {
		storeTokensSmartcarNoLongerAccepts();
		this.simulator.failEndpoint("GET", "/v2.0/vehicles/{id}/odometer", SimulatedError.authentication());

		assertThatExceptionOfType(SmartcarAuthenticationException.class)
			.isThrownBy(() -> this.driver.vehicle(this.car.id()).odometer())
			.satisfies((ex) -> {
				assertThat(ex).isNotInstanceOf(SmartcarReauthorizationRequiredException.class);
				assertThat(ex.getStatusCode()).isEqualTo(401);
			});
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/{id}/odometer")).isEqualTo(2);
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		assertThat(stored()).isNotNull();
	}

	@Test
	void concurrentReadsRejectedWithTheSameTokenCauseOneRefresh() throws Exception {
		storeTokensSmartcarNoLongerAccepts();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<String>>> reads = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				reads.add(threads.submit(() -> {
					start.await();
					return this.driver.vehicleIds();
				}));
			}
			start.countDown();
			for (Future<List<String>> read : reads) {
				assertThat(read.get(30, TimeUnit.SECONDS)).hasSize(this.simulator.vehicles().size());
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
	}

	@Test
	void aRejectedTokenWhoseRefreshTokenIsRejectedTooMeansTheDriverMustConnectAgain() {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.simulator.expireAccessTokens();
		this.setup.storeTokens(this.simulator.userId(), tokens.accessToken(), "revoked-refresh-token",
				Duration.ofHours(1));

		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> this.driver.vehicleIds())
			.satisfies((ex) -> {
				assertThat(ex.getPrincipalName()).isEqualTo(this.simulator.userId());
				assertThat(ex.getCode()).isEqualTo("invalid_grant");
				assertThat(ex.getMessage()).doesNotContain(tokens.accessToken(), "revoked-refresh-token");
			});
		assertThat(stored()).isNull();
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles")).isEqualTo(1);
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
	}

	/**
	 * Stores a pair whose access token the store thinks valid for another hour, but that
	 * Smartcar no longer accepts.
	 */
	private IssuedTokens storeTokensSmartcarNoLongerAccepts() {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.simulator.expireAccessTokens();
		this.setup.storeTokens(this.simulator.userId(), tokens.accessToken(), tokens.refreshToken(),
				Duration.ofHours(1));
		return tokens;
	}

	private OAuth2AuthorizedClient stored() {
		return this.setup.store().loadAuthorizedClient("smartcar", this.simulator.userId());
	}

}
