package org.smartcarboot.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.error.SmartcarRateLimitException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.error.SmartcarResourceNotFoundException;
import org.smartcarboot.error.SmartcarVehicleStateException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedFault;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;
import org.smartcarboot.vehicle.BatchResponse;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import org.smartcarboot.vehicle.VehicleRead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link SmartcarFleetReader} against the simulator: the cars of several drivers
 * read with their own tokens, failures kept per vehicle, a rate-limited vehicle read
 * again after its {@code retry-after} without holding back the others, progress, and
 * arguments refused before any request.
 */
class SmartcarFleetReaderTests {

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	private static final List<String> DRIVERS = List.of("driver-a", "driver-b", "driver-c");

	/**
	 * Retries 50 ms apart at first, so the tests stay fast; longer waits come from
	 * Smartcar's retry-after.
	 */
	private static final SmartcarRetry QUICK = SmartcarRetry.defaults()
		.withInitialInterval(Duration.ofMillis(50))
		.withMaxInterval(Duration.ofMillis(200))
		.withMaxElapsed(Duration.ofSeconds(5));

	private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final List<SimulatedVehicle> cars = this.simulator.vehicles();

	private final SimulatedVehicle tesla = this.cars.get(0);

	/**
	 * The readers' threads. An {@link Error} that a read throws ends the fleet read in
	 * the caller and ends its pool thread too; that thread keeps its stack trace to
	 * itself.
	 */
	private final ExecutorService executor = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task);
		thread.setUncaughtExceptionHandler((failed, error) -> {
		});
		return thread;
	});

	private SmartcarVehicleService service;

	@BeforeEach
	void storeTheTokensOfEachDriver() {
		LibraryTestSetup security = new LibraryTestSetup(this.simulator.baseUrl(), this.simulator.clientId(),
				this.simulator.clientSecret());
		for (String driver : DRIVERS) {
			IssuedTokens tokens = this.simulator.issueTokens();
			security.storeTokens(driver, tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn());
		}
		this.service = SmartcarVehicleService.builder(security.manager())
			.apiUrl(this.simulator.baseUrl())
			.retry(QUICK)
			.build();
	}

	@AfterEach
	void stopTheExecutor() {
		this.executor.shutdownNow();
	}

	@Test
	void readsEveryCarOfEveryDriverWithItsOwnTokens() throws InterruptedException {
		List<FleetVehicle> fleet = everyCarOf(DRIVERS);

		FleetReadResult<SmartcarResponse<Odometer>> result = reader(4).read(fleet, SmartcarVehicle::odometer);

		assertThat(result.outcomes()).extracting(FleetReadOutcome::vehicle).containsExactlyElementsOf(fleet);
		assertThat(result.failures()).isEmpty();
		assertThat(result.values()).hasSize(12)
			.allSatisfy((vehicle, odometer) -> assertThat(odometer.value().distance())
				.isEqualTo(this.simulator.vehicle(vehicle.vehicleId()).odometerKm()));
		assertThat(result.outcomes()).allSatisfy((outcome) -> assertThat(outcome.attempts()).isOne());
		assertThat(result.progress()).isEqualTo(new FleetProgress(12, 0, 12));
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(12);
	}

	@Test
	void aBatchIsReadPerVehicleToo() throws InterruptedException {
		FleetReadResult<BatchResponse> result = reader(2).read(everyCarOf(List.of("driver-a")),
				(car) -> car.batch(VehicleRead.ODOMETER, VehicleRead.VIN));

		assertThat(result.values()).hasSize(4).allSatisfy((vehicle, batch) -> {
			SimulatedVehicle car = this.simulator.vehicle(vehicle.vehicleId());
			assertThat(batch.get(VehicleRead.ODOMETER).value().distance()).isEqualTo(car.odometerKm());
			assertThat(batch.get(VehicleRead.VIN).value().vin()).isEqualTo(car.vin());
		});
	}

	@Test
	void failuresStayWithTheirVehicleAndStopNoOther() throws InterruptedException {
		SimulatedVehicle ford = this.cars.get(1);
		this.simulator.failEndpoint("GET", "/v2.0/vehicles/" + ford.id() + "/odometer",
				SimulatedError.vehicleState("ASLEEP"));
		List<FleetVehicle> fleet = new ArrayList<>(everyCarOf(List.of("driver-a", "driver-b")));
		FleetVehicle notConnected = new FleetVehicle("driver-a", "a-car-nobody-connected");
		FleetVehicle noTokens = new FleetVehicle("driver-without-tokens", this.tesla.id());
		fleet.add(notConnected);
		fleet.add(noTokens);
		List<FleetProgress> progress = new CopyOnWriteArrayList<>();

		FleetReadResult<SmartcarResponse<Odometer>> result = reader(3).read(fleet, SmartcarVehicle::odometer,
				progress::add);

		assertThat(result.values()).hasSize(6).doesNotContainKeys(notConnected, noTokens);
		Map<FleetVehicle, RuntimeException> failures = result.failures();
		assertThat(failures).hasSize(4);
		assertThat(failures.get(new FleetVehicle("driver-a", ford.id()))).isInstanceOfSatisfying(
				SmartcarVehicleStateException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("ASLEEP"));
		assertThat(failures.get(new FleetVehicle("driver-b", ford.id())))
			.isInstanceOf(SmartcarVehicleStateException.class);
		assertThat(failures.get(notConnected)).isInstanceOf(SmartcarResourceNotFoundException.class);
		assertThat(failures.get(noTokens)).isInstanceOfSatisfying(SmartcarReauthorizationRequiredException.class,
				(ex) -> assertThat(ex.getPrincipalName()).isEqualTo("driver-without-tokens"));
		assertThat(progress).as("one report per finished vehicle, in order")
			.extracting(FleetProgress::completed)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(progress).allSatisfy((report) -> assertThat(report.total()).isEqualTo(10));
		assertThat(progress.get(progress.size() - 1)).isEqualTo(new FleetProgress(6, 4, 10));
		assertThat(result.progress()).isEqualTo(new FleetProgress(6, 4, 10));
	}

	@Test
	void aRateLimitedCarIsReadAgainAfterItsRetryAfterWithoutHoldingItsSlotSoTheOthersFinishFirst()
			throws InterruptedException {
		this.simulator.failEndpoint("GET", "/v2.0/vehicles/" + this.tesla.id() + "/odometer",
				SimulatedFault.error(SimulatedError.rateLimit(RETRY_AFTER)), 1);
		Map<String, List<Long>> startedAt = new ConcurrentHashMap<>();
		List<String> finished = new CopyOnWriteArrayList<>();

		// one slot: had the rate-limited read kept it while waiting, the others would
		// finish after it
		FleetReadResult<SmartcarResponse<Odometer>> result = reader(1).read(everyCarOf(List.of("driver-a")), (car) -> {
			startedAt.computeIfAbsent(car.id(), (id) -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
			SmartcarResponse<Odometer> odometer = car.odometer();
			finished.add(car.id());
			return odometer;
		});

		assertThat(result.failures()).isEmpty();
		assertThat(finished).containsExactly(this.cars.get(1).id(), this.cars.get(2).id(), this.cars.get(3).id(),
				this.tesla.id());
		assertThat(result.outcomes()).extracting(FleetReadOutcome::attempts).containsExactly(2, 1, 1, 1);
		List<Long> teslaStarts = startedAt.get(this.tesla.id());
		assertThat(Duration.ofNanos(teslaStarts.get(1) - teslaStarts.get(0))).as("waited for retry-after")
			.isGreaterThanOrEqualTo(RETRY_AFTER);
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/" + this.tesla.id() + "/odometer"))
			.as("the read itself did not retry the 429")
			.isEqualTo(2);
	}

	@Test
	void aCarStillRateLimitedWhenItsAttemptsAreUsedUpFailsWithTheRateLimit() throws InterruptedException {
		String teslaOdometer = "/v2.0/vehicles/" + this.tesla.id() + "/odometer";
		this.simulator.failEndpoint("GET", teslaOdometer, SimulatedError.rateLimit(RETRY_AFTER));
		SmartcarFleetReader reader = SmartcarFleetReader.builder(this.service, this.executor)
			.rateLimitRetry(QUICK.withMaxAttempts(2))
			.build();

		FleetReadResult<SmartcarResponse<Odometer>> result = reader.read(everyCarOf(List.of("driver-a")),
				SmartcarVehicle::odometer);

		assertThat(result.values()).hasSize(3);
		FleetReadOutcome<SmartcarResponse<Odometer>> teslaOutcome = result.outcomes().get(0);
		assertThat(teslaOutcome.attempts()).isEqualTo(2);
		assertThat(teslaOutcome.failure()).isInstanceOfSatisfying(SmartcarRateLimitException.class,
				(ex) -> assertThat(ex.getRetryAfter()).isEqualTo(RETRY_AFTER));
		assertThat(this.simulator.requestCount("GET", teslaOdometer)).isEqualTo(2);
	}

	@Test
	void aRetryAfterBeyondTheTimeBudgetFailsTheCarAtOnce() throws InterruptedException {
		String teslaOdometer = "/v2.0/vehicles/" + this.tesla.id() + "/odometer";
		this.simulator.failEndpoint("GET", teslaOdometer, SimulatedError.rateLimit(Duration.ofSeconds(60)));

		long start = System.nanoTime();
		FleetReadResult<SmartcarResponse<Odometer>> result = reader(2).read(everyCarOf(List.of("driver-a")),
				SmartcarVehicle::odometer);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(QUICK.maxElapsed());
		assertThat(result.failures()).containsOnlyKeys(new FleetVehicle("driver-a", this.tesla.id()));
		assertThat(result.outcomes().get(0).attempts()).isOne();
		assertThat(this.simulator.requestCount("GET", teslaOdometer)).isOne();
	}

	@Test
	void aServerErrorIsStillRetriedInsideTheRead() throws InterruptedException {
		String teslaOdometer = "/v2.0/vehicles/" + this.tesla.id() + "/odometer";
		this.simulator.failEndpoint("GET", teslaOdometer, SimulatedFault.error(SimulatedError.serverError()), 1);

		FleetReadResult<SmartcarResponse<Odometer>> result = reader(2).read(everyCarOf(List.of("driver-a")),
				SmartcarVehicle::odometer);

		assertThat(result.failures()).isEmpty();
		assertThat(result.outcomes().get(0).attempts()).isOne();
		assertThat(this.simulator.requestCount("GET", teslaOdometer)).isEqualTo(2);
	}

	@Test
	void theObservationCountsVehiclesByOutcomeAndRateLimits() throws InterruptedException {
		this.simulator.failEndpoint("GET", "/v2.0/vehicles/" + this.tesla.id() + "/odometer",
				SimulatedFault.error(SimulatedError.rateLimit(RETRY_AFTER)), 1);
		this.simulator.failEndpoint("GET", "/v2.0/vehicles/" + this.cars.get(1).id() + "/odometer",
				SimulatedError.vehicleState("ASLEEP"));
		ObservationRegistry registry = ObservationRegistry.create();
		List<String> recorded = new CopyOnWriteArrayList<>();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				recorded.add(context.getName() + "." + event.getName());
			}

			@Override
			public void onStop(Observation.Context context) {
				recorded.add(context.getName() + " stopped");
			}

		});
		SmartcarFleetReader reader = SmartcarFleetReader.builder(this.service, this.executor)
			.observationRegistry(registry)
			.build();

		reader.read(everyCarOf(List.of("driver-a", "driver-b")), SmartcarVehicle::odometer);

		assertThat(recorded).filteredOn((name) -> name.endsWith(".succeeded")).hasSize(6);
		assertThat(recorded).filteredOn((name) -> name.endsWith(".failed")).hasSize(2);
		assertThat(recorded).containsOnlyOnce("smartcar.fleet.read.rate.limited", "smartcar.fleet.read stopped");
		assertThat(recorded.get(recorded.size() - 1)).isEqualTo("smartcar.fleet.read stopped");
	}

	@Test
	void badArgumentsAreRefusedBeforeAnyRequest() {
		SmartcarFleetReader reader = reader(2);
		List<FleetVehicle> fleet = everyCarOf(List.of("driver-a"));
		Function<SmartcarVehicle, SmartcarResponse<Odometer>> odometer = SmartcarVehicle::odometer;

		assertThatIllegalArgumentException().isThrownBy(() -> reader.read(null, odometer))
			.withMessage("vehicles must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> reader.read(fleet, null))
			.withMessage("read must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> reader.read(fleet, odometer, null))
			.withMessage("progress must not be null");
		List<FleetVehicle> withNull = new ArrayList<>(fleet);
		withNull.add(null);
		assertThatIllegalArgumentException().isThrownBy(() -> reader.read(withNull, odometer))
			.withMessage("vehicles must not contain null");
		List<FleetVehicle> twice = new ArrayList<>(fleet);
		twice.add(fleet.get(2));
		assertThatIllegalArgumentException().isThrownBy(() -> reader.read(twice, odometer))
			.withMessageContaining("twice")
			.withMessageContaining(this.cars.get(2).id());
		List<FleetVehicle> notAnId = new ArrayList<>(fleet);
		notAnId.add(new FleetVehicle("driver-a", "../user"));
		assertThatIllegalArgumentException().isThrownBy(() -> reader.read(notAnId, odometer))
			.withMessageContaining("vehicleId must be a plain Smartcar vehicle id")
			.withMessageContaining("'../user'");
		assertThatIllegalArgumentException().isThrownBy(() -> new FleetVehicle(" ", this.tesla.id()))
			.withMessage("principalName must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> new FleetVehicle("driver-a", ""))
			.withMessage("vehicleId must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SmartcarFleetReader.builder(this.service, this.executor).concurrency(0))
			.withMessage("concurrency must be at least 1, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> SmartcarFleetReader.builder(this.service, null))
			.withMessage("executor must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> SmartcarFleetReader.builder(null, this.executor))
			.withMessage("vehicleService must not be null");
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isZero();
	}

	@Test
	void noVehicleIsAnEmptyResult() throws InterruptedException {
		FleetReadResult<SmartcarResponse<Odometer>> result = reader(2).read(List.of(), SmartcarVehicle::odometer);

		assertThat(result.outcomes()).isEmpty();
		assertThat(result.progress().isDone()).isTrue();
	}

	@Test
	void anExecutorThatRefusesTheReadsFailsEachVehicleWithItsRefusal() throws InterruptedException {
		SmartcarFleetReader reader = SmartcarFleetReader.builder(this.service, (task) -> {
			throw new RejectedExecutionException("no room");
		}).build();

		FleetReadResult<SmartcarResponse<Odometer>> result = reader.read(everyCarOf(List.of("driver-a")),
				SmartcarVehicle::odometer);

		assertThat(result.failures()).hasSize(4)
			.allSatisfy((vehicle, failure) -> assertThat(failure).isInstanceOf(RejectedExecutionException.class));
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isZero();
	}

	@Test
	void anErrorThrownByTheReadEndsTheFleetReadWithIt() {
		SmartcarFleetReader reader = reader(2);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> reader.read(everyCarOf(List.of("driver-a")), (car) -> {
				throw new AssertionError("broken read of " + car.id());
			}))
			.withMessageStartingWith("broken read of ");
	}

	@Test
	void interruptingTheCallingThreadEndsTheReadAndStartsNoOther() throws InterruptedException {
		this.simulator.addLatency("GET", ODOMETER, Duration.ofMillis(500));
		CountDownLatch firstReadStarted = new CountDownLatch(1);
		AtomicInteger reads = new AtomicInteger();
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		Thread caller = new Thread(() -> {
			try {
				reader(1).read(everyCarOf(List.of("driver-a")), (car) -> {
					reads.incrementAndGet();
					firstReadStarted.countDown();
					return car.odometer();
				});
			}
			catch (Throwable ex) {
				thrown.set(ex);
			}
		});
		caller.start();
		assertThat(firstReadStarted.await(5, TimeUnit.SECONDS)).isTrue();

		caller.interrupt();
		caller.join(5000);

		assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
		Thread.sleep(1000); // the read under way finishes meanwhile, and starts no other
		assertThat(reads.get()).isOne();
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isOne();
	}

	@Test
	void aFailingProgressListenerDoesNotStopTheRead() throws InterruptedException {
		FleetReadResult<SmartcarResponse<Odometer>> result = reader(2).read(everyCarOf(List.of("driver-a")),
				SmartcarVehicle::odometer, (progress) -> {
					throw new IllegalStateException("listener broke");
				});

		assertThat(result.values()).hasSize(4);
	}

	private SmartcarFleetReader reader(int concurrency) {
		return SmartcarFleetReader.builder(this.service, this.executor).concurrency(concurrency).build();
	}

	private List<FleetVehicle> everyCarOf(List<String> drivers) {
		List<String> ids = this.cars.stream().map(SimulatedVehicle::id).toList();
		return drivers.stream().flatMap((driver) -> FleetVehicle.of(driver, ids).stream()).toList();
	}

}
