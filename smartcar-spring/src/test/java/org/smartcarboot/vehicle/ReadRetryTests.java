package org.smartcarboot.vehicle;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.error.SmartcarCompatibilityException;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarNoUsableAnswerException;
import org.smartcarboot.error.SmartcarPermissionException;
import org.smartcarboot.error.SmartcarRateLimitException;
import org.smartcarboot.error.SmartcarServerException;
import org.smartcarboot.error.SmartcarVehicleStateException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedFault;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests, against the simulator's injected faults, that reads recover from the failures
 * that pass (rate limit with {@code retry-after}, server and gateway errors, a connection
 * reset, a response later than the read timeout) or fail with the right
 * {@link SmartcarException} within their budget, that other failures are not retried, and
 * that a command is sent exactly once whatever happens to it.
 */
class ReadRetryTests {

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	/**
	 * Long enough for a loopback answer on a busy machine, short enough for the tests.
	 */
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

	/**
	 * A latency clearly past the read timeout.
	 */
	private static final Duration LATE = Duration.ofSeconds(3);

	/**
	 * Three attempts, 50 ms apart at first, so the tests stay fast; waits longer than
	 * that come from Smartcar's retry-after.
	 */
	private static final SmartcarRetry QUICK = SmartcarRetry.defaults()
		.withInitialInterval(Duration.ofMillis(50))
		.withMaxInterval(Duration.ofMillis(200))
		.withMaxElapsed(Duration.ofSeconds(2));

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatedVehicle tesla = this.simulator.vehicles().get(0);

	private LibraryTestSetup security;

	@BeforeEach
	void storeTheDriversTokens() {
		this.security = new LibraryTestSetup(this.simulator.baseUrl(), this.simulator.clientId(),
				this.simulator.clientSecret());
		IssuedTokens tokens = this.simulator.issueTokens();
		this.security.storeTokens(this.simulator.userId(), tokens.accessToken(), tokens.refreshToken(),
				tokens.expiresIn());
	}

	@Test
	void aReadRateLimitedWithRetryAfterWaitsThatLongThenRecovers() {
		this.simulator.failEndpoint("GET", ODOMETER,
				SimulatedFault.error(SimulatedError.rateLimit(Duration.ofSeconds(1))), 1);

		long start = System.nanoTime();
		SmartcarResponse<Odometer> odometer = car(QUICK).odometer();

		assertThat(odometer.value().distance()).isEqualTo(this.tesla.odometerKm());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(2);
		assertThat(elapsedSince(start)).as("waited for retry-after, not the 50 ms backoff")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void withoutRetryOnRateLimitARateLimitIsThrownAtOnceWithItsRetryAfterWhileServerErrorsAreStillRetried() {
		this.simulator.failEndpoint("GET", ODOMETER,
				SimulatedFault.error(SimulatedError.rateLimit(Duration.ofSeconds(1))), 1);
		SmartcarRetry leavingRateLimits = QUICK.withRetryOnRateLimit(false);

		long start = System.nanoTime();
		assertThatExceptionOfType(SmartcarRateLimitException.class).isThrownBy(() -> car(leavingRateLimits).odometer())
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(1)));
		assertThat(elapsedSince(start)).as("did not wait for retry-after").isLessThan(Duration.ofSeconds(1));
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(1);

		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.error(SimulatedError.serverError()), 1);
		assertThat(car(leavingRateLimits).odometer().value().distance()).isEqualTo(this.tesla.odometerKm());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(3);
	}

	@Test
	void aServiceWithAnotherRetryRetriesThatWayForTheSameUser() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.error(SimulatedError.serverError()), 1);
		SmartcarVehicleService service = SmartcarVehicleService.builder(this.security.manager())
			.apiUrl(this.simulator.baseUrl())
			.retry(QUICK)
			.build()
			.forUser(this.simulator.userId());

		SmartcarVehicleService once = service.withRetry(SmartcarRetry.none());

		assertThat(once.retry().maxAttempts()).isEqualTo(1);
		assertThat(service.retry()).isSameAs(QUICK);
		assertThatExceptionOfType(SmartcarServerException.class)
			.isThrownBy(() -> once.vehicle(this.tesla.id()).odometer());
		assertThat(once.vehicle(this.tesla.id()).odometer().value().distance()).isEqualTo(this.tesla.odometerKm());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(2);
	}

	static Stream<SimulatedError> serverErrors() {
		return Stream.of(SimulatedError.serverError(), SimulatedError.upstream("NO_RESPONSE"),
				SimulatedError.of(503, "SERVER", null, "Service unavailable."),
				SimulatedError.of(504, "SERVER", null, "Gateway timeout."));
	}

	@ParameterizedTest
	@MethodSource("serverErrors")
	void aReadRecoversFromServerAndGatewayErrors(SimulatedError error) {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.error(error), 2);

		SmartcarResponse<Odometer> odometer = car(QUICK).odometer();

		assertThat(odometer.value().distance()).isEqualTo(this.tesla.odometerKm());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(3);
	}

	@Test
	void aReadRecoversFromAConnectionReset() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.connectionReset(), 1);

		SmartcarResponse<Odometer> odometer = car(QUICK).odometer();

		assertThat(odometer.value().distance()).isEqualTo(this.tesla.odometerKm());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(2);
	}

	@Test
	void aReadAnsweredLaterThanTheReadTimeoutIsSentAgainAndRecovers() {
		this.simulator.addLatency("GET", ODOMETER, LATE, 1);

		long start = System.nanoTime();
		SmartcarResponse<Odometer> odometer = car(QUICK).odometer();

		assertThat(odometer.value().distance()).isEqualTo(this.tesla.odometerKm());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(2);
		assertThat(elapsedSince(start)).as("gave up on the slow answer after the read timeout").isLessThan(LATE);
	}

	@Test
	void malformedJsonIsNotRetriedAndIsNoUsableAnswer() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.malformedJson(), 1);

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(() -> car(QUICK).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(200);
				assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.UNREADABLE_RESPONSE);
			});
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(1);
	}

	@Test
	void whenTheAttemptsAreUsedUpTheLastServerErrorIsThrownWithTheEarlierOnesSuppressed() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedError.serverError());

		assertThatExceptionOfType(SmartcarServerException.class).isThrownBy(() -> car(QUICK).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(500);
				assertThat(ex.getType()).isEqualTo("SERVER");
				assertThat(ex.getSuppressed()).hasSize(2)
					.allSatisfy((earlier) -> assertThat(earlier).isInstanceOf(SmartcarServerException.class)
						.isNotSameAs(ex));
			});
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(QUICK.maxAttempts());
	}

	@Test
	void whenTheTimeBudgetIsSpentNoRetryStarts() {
		this.simulator.addLatency("GET", ODOMETER, LATE);
		SmartcarRetry budget = QUICK.withMaxAttempts(10).withMaxElapsed(Duration.ofMillis(1500));

		long start = System.nanoTime();
		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(() -> car(budget).odometer())
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.NO_RESPONSE));

		assertThat(elapsedSince(start)).as("no retry started after the budget; the last one ran to its read timeout")
			.isLessThan(budget.maxElapsed().plus(READ_TIMEOUT).plusMillis(500));
		assertThat(this.simulator.requestCount("GET", ODOMETER)).as("far fewer than the 10 attempts allowed")
			.isBetween(1, 2);
	}

	@Test
	void aRetryAfterBeyondTheBudgetFailsAtOnceWithTheRateLimitAndItsRetryAfter() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedError.rateLimit(Duration.ofSeconds(60)));

		long start = System.nanoTime();
		assertThatExceptionOfType(SmartcarRateLimitException.class).isThrownBy(() -> car(QUICK).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(60));
			});
		assertThat(elapsedSince(start)).isLessThan(Duration.ofSeconds(1));
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(1);
	}

	static Stream<NotRetried> failuresThatDoNotPass() {
		return Stream.of(new NotRetried(SimulatedError.vehicleState("ASLEEP"), SmartcarVehicleStateException.class),
				new NotRetried(SimulatedError.vehicleNotCapable(), SmartcarCompatibilityException.class),
				new NotRetried(SimulatedError.upstream("RATE_LIMIT"), SmartcarServerException.class),
				new NotRetried(SimulatedError.permission(), SmartcarPermissionException.class),
				new NotRetried(SimulatedError.billing("VEHICLE_REQUEST_LIMIT"), SmartcarException.class));
	}

	@ParameterizedTest
	@MethodSource("failuresThatDoNotPass")
	void aReadIsNotRetriedOnAFailureThatDoesNotPass(NotRetried failure) {
		this.simulator.failEndpoint("GET", ODOMETER, failure.error());

		assertThatExceptionOfType(failure.exception()).isThrownBy(() -> car(QUICK).odometer())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(failure.error().status()));
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(1);
	}

	@Test
	void aBatchOfReadsIsRetriedLikeARead() {
		this.simulator.failEndpoint("POST", "/v2.0/vehicles/{id}/batch",
				SimulatedFault.error(SimulatedError.serverError()), 1);

		BatchResponse batch = car(QUICK).batch(VehicleRead.ODOMETER, VehicleRead.VIN);

		assertThat(batch.get(VehicleRead.ODOMETER).value().distance()).isEqualTo(this.tesla.odometerKm());
		assertThat(batch.get(VehicleRead.VIN).value().vin()).isEqualTo(this.tesla.vin());
		assertThat(this.simulator.requestCount("POST", "/v2.0/vehicles/{id}/batch")).isEqualTo(2);
	}

	@Test
	void aGenericGetIsRetriedLikeARead() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.error(SimulatedError.serverError()), 1);

		SmartcarResponse<?> answer = car(QUICK).request(HttpMethod.GET, "odometer", null, Map.of());

		assertThat(answer.value().toString()).contains("distance");
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(2);
	}

	static Stream<Command> commands() {
		String vehicle = "/v2.0/vehicles/{id}";
		return Stream.of(new Command("lock", "POST", vehicle + "/security", SmartcarVehicle::lock),
				new Command("unlock", "POST", vehicle + "/security", SmartcarVehicle::unlock),
				new Command("startCharge", "POST", vehicle + "/charge", SmartcarVehicle::startCharge),
				new Command("stopCharge", "POST", vehicle + "/charge", SmartcarVehicle::stopCharge),
				new Command("setChargeLimit", "POST", vehicle + "/charge/limit", (car) -> car.setChargeLimit(0.8)),
				new Command("sendDestination", "POST", vehicle + "/navigation/destination",
						(car) -> car.sendDestination(37.4, -122.1)),
				new Command("disconnect", "DELETE", vehicle + "/application", SmartcarVehicle::disconnect),
				new Command("subscribe", "POST", vehicle + "/webhooks/{webhookId}", (car) -> car.subscribe("wh-1")),
				new Command("generic POST", "POST", vehicle + "/security",
						(car) -> car.request(HttpMethod.POST, "security", Map.of("action", "LOCK"), Map.of())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("commands")
	void aCommandThatFailsWithAServerErrorIsSentOnce(Command command) {
		this.simulator.failEndpoint(command.method(), command.path(), SimulatedError.serverError());

		assertThatExceptionOfType(SmartcarServerException.class).isThrownBy(() -> command.send().apply(car(QUICK)));
		assertThat(this.simulator.requestCount(command.method(), command.path())).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("commands")
	void aCommandWhoseAnswerComesAfterTheReadTimeoutIsSentOnce(Command command) {
		this.simulator.addLatency(command.method(), command.path(), LATE);

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class)
			.isThrownBy(() -> command.send().apply(car(QUICK)))
			.satisfies((ex) -> assertThat(ex.getDescription()).startsWith("Smartcar did not answer in time"));
		assertThat(this.simulator.requestCount(command.method(), command.path())).isEqualTo(1);
	}

	@Test
	void aCommandWhoseConnectionIsResetIsSentOnce() {
		this.simulator.failEndpoint("POST", "/v2.0/vehicles/{id}/security", SimulatedFault.connectionReset(), 1);

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(() -> car(QUICK).unlock())
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.NO_RESPONSE));
		assertThat(this.simulator.requestCount("POST", "/v2.0/vehicles/{id}/security")).isEqualTo(1);
		assertThat(this.tesla.isLocked()).isTrue();
	}

	private SmartcarVehicle car(SmartcarRetry retry) {
		return SmartcarVehicleService.builder(this.security.manager())
			.apiUrl(this.simulator.baseUrl())
			.readTimeout(READ_TIMEOUT)
			.retry(retry)
			.build()
			.forUser(this.simulator.userId())
			.vehicle(this.tesla.id());
	}

	private static Duration elapsedSince(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * An error that no retry can fix, and the exception it gives.
	 */
	record NotRetried(SimulatedError error, Class<? extends SmartcarException> exception) {

		@Override
		public String toString() {
			return this.error.status() + " " + this.error.type() + ":" + this.error.code();
		}

	}

	/**
	 * A command, the endpoint it is sent to and how to send it.
	 */
	record Command(String name, String method, String path, Function<SmartcarVehicle, ?> send) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
