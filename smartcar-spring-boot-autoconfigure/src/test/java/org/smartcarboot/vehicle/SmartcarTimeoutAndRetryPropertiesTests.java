package org.smartcarboot.vehicle;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.compatibility.CompatibilityRequest;
import org.smartcarboot.compatibility.SmartcarCompatibilityService;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarNoUsableAnswerException;
import org.smartcarboot.error.SmartcarServerException;
import org.smartcarboot.management.ConnectionFilter;
import org.smartcarboot.management.SmartcarManagementService;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedFault;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the {@code smartcar.http.*} timeouts reach every client the starter builds
 * (vehicle API, token requests, compatibility and management API) and that the
 * {@code smartcar.retry.*} settings reach the vehicle service, against the simulator.
 */
@TestPropertySource(properties = { "smartcar.http.read-timeout=1s", "smartcar.retry.max-attempts=2",
		"smartcar.retry.initial-interval=50ms", "smartcar.retry.max-interval=100ms", "smartcar.retry.max-elapsed=2s" })
class SmartcarTimeoutAndRetryPropertiesTests extends SimulatorBackedTest {

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	private static final Duration WELL_PAST_THE_READ_TIMEOUT = Duration.ofSeconds(3);

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	private SmartcarCompatibilityService compatibility;

	@Autowired
	private SmartcarManagementService management;

	@Autowired
	private StoredTokens storedTokens;

	private SmartcarSimulator simulator;

	private SimulatedVehicle car;

	private IssuedTokens tokens;

	@BeforeEach
	void connectTheSimulatedUser() {
		this.simulator = simulator();
		this.car = this.simulator.vehicles().get(0);
		this.tokens = this.simulator.issueTokens();
		this.storedTokens.save(this.simulator.userId(), this.tokens.accessToken(), this.tokens.refreshToken(),
				this.tokens.expiresIn());
	}

	@Test
	void aVehicleReadGivesUpAfterTheReadTimeoutAndIsRetried() {
		this.simulator.addLatency("GET", ODOMETER, WELL_PAST_THE_READ_TIMEOUT, 1);

		SmartcarResponse<Odometer> odometer = within(WELL_PAST_THE_READ_TIMEOUT, this::odometer);

		assertThat(odometer.value().distance()).isEqualTo(this.car.odometerKm());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(2);
	}

	@Test
	void aVehicleReadStopsAfterTheConfiguredAttempts() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.error(SimulatedError.serverError()), 2);

		assertThatExceptionOfType(SmartcarServerException.class).isThrownBy(this::odometer);
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(2);
	}

	@Test
	void aTokenRequestGivesUpAfterTheReadTimeout() {
		this.storedTokens.save(this.simulator.userId(), this.tokens.accessToken(), this.tokens.refreshToken(),
				Duration.ofMinutes(-5));
		this.simulator.addLatency("POST", "/oauth/token", WELL_PAST_THE_READ_TIMEOUT);

		assertNoAnswerInTime(this::odometer);
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isZero();
	}

	@Test
	void theCompatibilityApiGivesUpAfterTheReadTimeout() {
		this.simulator.addLatency("GET", "/v2.0/compatibility", WELL_PAST_THE_READ_TIMEOUT);

		assertNoAnswerInTime(
				() -> this.compatibility.compatibility(CompatibilityRequest.of(this.car.vin(), List.of("read_vin"))));
	}

	@Test
	void theManagementApiGivesUpAfterTheReadTimeout() {
		this.simulator.addLatency("GET", "/v2.0/management/connections", WELL_PAST_THE_READ_TIMEOUT);

		assertNoAnswerInTime(() -> this.management.connections(ConnectionFilter.all(), 10, null));
	}

	private SmartcarResponse<Odometer> odometer() {
		return this.service.forUser(this.simulator.userId()).vehicle(this.car.id()).odometer();
	}

	private static void assertNoAnswerInTime(Runnable call) {
		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class)
			.isThrownBy(() -> within(WELL_PAST_THE_READ_TIMEOUT, () -> {
				call.run();
				return null;
			}))
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.NO_RESPONSE);
				assertThat(ex.getDescription()).startsWith("Smartcar did not answer in time");
			});
	}

	/**
	 * Runs a call, failing the test when it returns or throws later than the limit.
	 */
	private static <T> T within(Duration limit, Supplier<T> call) {
		long start = System.nanoTime();
		try {
			return call.get();
		}
		finally {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
		}
	}

}
