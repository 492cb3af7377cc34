package org.smartcarboot.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarAuthenticationException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that an expired access token is refreshed once, through Smartcar's rotating
 * refresh tokens, for a stored user called from a thread with no web request, and that a
 * refresh token Smartcar rejects means the driver must connect again, and reaches neither
 * an exception message nor the log.
 */
@TestPropertySource(
		properties = { "logging.level.org.smartcarboot=TRACE", "logging.level.org.springframework.security=TRACE" })
@ExtendWith(QuietOutputCaptureExtension.class)
class SmartcarTokenRefreshTests extends SimulatorBackedTest {

	private static final ExecutorService backgroundThread = Executors.newSingleThreadExecutor();

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	private StoredTokens storedTokens;

	private SmartcarSimulator simulator;

	@BeforeEach
	void setUp() {
		this.simulator = simulator();
	}

	@AfterAll
	static void stopBackgroundThread() throws InterruptedException {
		backgroundThread.shutdown();
		backgroundThread.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void anExpiredAccessTokenIsRefreshedOnceAndTheRotatedPairIsStored() throws Exception {
		IssuedTokens old = this.simulator.issueTokens();
		this.storedTokens.save(this.simulator.userId(), old.accessToken(), old.refreshToken(), Duration.ofMinutes(-5));
		this.simulator.expireAccessTokens();
		SimulatedVehicle car = this.simulator.vehicles().get(1);

		SmartcarResponse<Odometer> odometer = inBackground(
				() -> this.service.forUser(this.simulator.userId()).vehicle(car.id()).odometer());

		assertThat(odometer.value().distance()).isPositive();
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		OAuth2AuthorizedClient stored = this.storedTokens.load(this.simulator.userId());
		String newAccessToken = stored.getAccessToken().getTokenValue();
		String newRefreshToken = stored.getRefreshToken().getTokenValue();
		assertThat(newAccessToken).isNotEqualTo(old.accessToken());
		assertThat(this.simulator.isAccessTokenValid(newAccessToken)).isTrue();
		assertThat(newRefreshToken).isNotEqualTo(old.refreshToken());
		assertThat(this.simulator.isRefreshTokenValid(newRefreshToken)).isTrue();
		assertThat(stored.getAccessToken().getExpiresAt()).isAfter(Instant.now().plusSeconds(3600));

		inBackground(() -> this.service.forUser(this.simulator.userId()).vehicle(car.id()).odometer());
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/{id}/odometer")).isEqualTo(2);
	}

	@Test
	void aRefreshTokenSmartcarRejectsIsAnAuthenticationErrorWithSmartcarsStatusThatDoesNotQuoteIt(
			CapturedOutput output) {
		String userId = simulator().userId();
		this.storedTokens.save(userId, "expired-access-token", "revoked-refresh-token", Duration.ofMinutes(-5));

		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> this.service.forUser(userId).vehicleIds())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getType()).isEqualTo("AUTHENTICATION");
				assertThat(ex.getCode()).isEqualTo("invalid_grant");
				assertThat(ex.getResolution().type()).isEqualTo("REAUTHENTICATE");
				assertThat(ex.isReauthenticationRequired()).isTrue();
				assertThat(ex.getPrincipalName()).isEqualTo(userId);
				assertThat(ex.getCause()).isInstanceOf(SmartcarAuthenticationException.class).hasNoCause();
				assertThat(ex.getMessage()).startsWith("400 AUTHENTICATION:invalid_grant - ")
					.doesNotContain("revoked-refresh-token", simulator().clientSecret());
			});
		assertThat(output).doesNotContain("revoked-refresh-token", "expired-access-token", simulator().clientSecret());
		assertThat(simulator().tokenRequestCount("refresh_token")).isEqualTo(1);
		assertThat(simulator().requestCount("GET", "/v2.0/vehicles")).isZero();
		assertThat(this.storedTokens.load(userId)).isNull();
	}

	@Test
	void aStoredUserIsServedFromAThreadWithNoWebRequest() throws Exception {
		IssuedTokens tokens = this.simulator.issueTokens();
		this.storedTokens.save(this.simulator.userId(), tokens.accessToken(), tokens.refreshToken(),
				tokens.expiresIn());

		Boolean requestBound = inBackground(() -> RequestContextHolder.getRequestAttributes() != null);
		List<String> ids = inBackground(() -> this.service.forUser(this.simulator.userId()).vehicleIds());

		assertThat(requestBound).isFalse();
		assertThat(ids).hasSize(this.simulator.vehicles().size());
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isZero();
	}

	private static <T> T inBackground(Supplier<T> work) throws Exception {
		return CompletableFuture.supplyAsync(work, backgroundThread).get(30, TimeUnit.SECONDS);
	}

}
