package org.smartcarboot.fleet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarRateLimitException;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.util.Assert;

/**
 * Reads many vehicles of many drivers, a few at a time: one endpoint or a batch per
 * vehicle, such as {@code read(vehicles, SmartcarVehicle::odometer)} or
 * {@code read(vehicles, (car) -> car.batch(VehicleRead.ODOMETER, VehicleRead.LOCATION))}.
 * Each vehicle is read with the stored tokens of its principal, as
 * {@code SmartcarVehicleService.forUser(principalName)} does, so it suits background
 * jobs.
 * <ul>
 * <li><b>Bounded concurrency</b>: at most {@link #concurrency()} reads of this reader run
 * at once, across all its calls to {@code read}, on the {@link Executor} it was built
 * with (a {@link Semaphore} over the executor). The executor must be able to run that
 * many tasks at once: virtual threads on Java 21 and later, else a pool of at least that
 * many threads.</li>
 * <li><b>A result per vehicle</b>: the value read, or the exception that ended the
 * vehicle's read (a {@link SmartcarException} when Smartcar answered with an error or not
 * at all), in a {@link FleetReadResult}; one vehicle failing stops no other.</li>
 * <li><b>Rate limits per vehicle</b>: a vehicle Smartcar answers with {@code 429} is read
 * again after its {@code retry-after} (or the retry's backoff interval, when longer),
 * giving up its slot and its thread meanwhile, so the other vehicles go on. The attempts,
 * the backoff and the time budget counted from the vehicle's first attempt are those of
 * the {@link Builder#rateLimitRetry(SmartcarRetry) rate-limit retry}, by default the
 * service's own {@link SmartcarRetry}; a {@code retry-after} that would end past the
 * budget fails the vehicle at once with its {@link SmartcarRateLimitException}. The reads
 * themselves do not wait on a {@code 429}
 * ({@link SmartcarRetry#withRetryOnRateLimit(boolean)} is off for them) but still retry
 * server errors, timeouts and I/O errors as the service's retry says, keeping their slot
 * for those short waits.</li>
 * <li><b>Progress</b>: a callback is told the counts after each vehicle finishes; with an
 * {@link ObservationRegistry}, each read is an observation named
 * {@value #OBSERVATION_NAME}, and with Micrometer's meter handler its events count the
 * vehicles: {@code smartcar.fleet.read.succeeded}, {@code smartcar.fleet.read.failed} and
 * {@code smartcar.fleet.read.rate.limited}, with no tag naming a vehicle or a
 * driver.</li>
 * </ul>
 * Bad arguments are refused before any request is sent. Thread-safe.
 *
 * <pre class="code">
 * SmartcarFleetReader fleet = SmartcarFleetReader.builder(vehicleService, executor)
 *     .concurrency(10)
 *     .build();
 * FleetReadResult&lt;SmartcarResponse&lt;Odometer&gt;&gt; odometers = fleet.read(vehicles, SmartcarVehicle::odometer);
 * </pre>
 */
public final class SmartcarFleetReader {

	/**
	 * Most reads under way at once unless another number is set.
	 */
	public static final int DEFAULT_CONCURRENCY = 10;

	/**
	 * Name of the observation of each fleet read.
	 */
	public static final String OBSERVATION_NAME = "smartcar.fleet.read";

	private final SmartcarVehicleService vehicleService;

	private final Executor executor;

	private final int concurrency;

	private final Semaphore slots;

	private final SmartcarRetry rateLimitRetry;

	private final ObservationRegistry observationRegistry;

	private SmartcarFleetReader(Builder builder) {
		SmartcarRetry retry = builder.vehicleService.retry();
		this.vehicleService = builder.vehicleService.withRetry(retry.withRetryOnRateLimit(false));
		this.executor = builder.executor;
		this.concurrency = builder.concurrency;
		this.slots = new Semaphore(builder.concurrency, true);
		this.rateLimitRetry = (builder.rateLimitRetry != null) ? builder.rateLimitRetry : retry;
		this.observationRegistry = builder.observationRegistry;
	}

	/**
	 * Starts building a reader.
	 * @param vehicleService the service whose stored tokens and settings the reads use
	 * @param executor runs the reads; it must be able to run {@link #concurrency()} tasks
	 * at once, such as virtual threads on Java 21 and later or a pool of that many
	 * threads
	 * @return the builder
	 * @throws IllegalArgumentException when an argument is {@code null}
	 */
	public static Builder builder(SmartcarVehicleService vehicleService, Executor executor) {
		return new Builder(vehicleService, executor);
	}

	/**
	 * Returns the most reads of this reader under way at once.
	 * @return the concurrency
	 */
	public int concurrency() {
		return this.concurrency;
	}

	/**
	 * Returns how a rate-limited vehicle is read again: its attempts, its waits and their
	 * time budget.
	 * @return the rate-limit retry
	 */
	public SmartcarRetry rateLimitRetry() {
		return this.rateLimitRetry;
	}

	/**
	 * Reads every vehicle, returning once each is finished.
	 * @param <T> the type of the values read
	 * @param vehicles the vehicles, each once
	 * @param read what to read of a vehicle, such as {@code SmartcarVehicle::odometer};
	 * it runs again in full after a rate limit
	 * @return the outcome of every vehicle, in the order given
	 * @throws IllegalArgumentException when an argument or a vehicle is {@code null}, a
	 * vehicle is given twice or a vehicle id is not a plain Smartcar id; nothing is sent
	 * then
	 * @throws InterruptedException when the calling thread is interrupted; no read starts
	 * after that, and those under way finish unseen
	 */
	public <T> FleetReadResult<T> read(Collection<FleetVehicle> vehicles, Function<SmartcarVehicle, ? extends T> read)
			throws InterruptedException {
		return read(vehicles, read, (progress) -> {
		});
	}

	/**
	 * Reads every vehicle, telling the progress after each one finishes, and returns once
	 * each is finished.
	 * @param <T> the type of the values read
	 * @param vehicles the vehicles, each once
	 * @param read what to read of a vehicle, such as {@code SmartcarVehicle::odometer};
	 * it runs again in full after a rate limit
	 * @param progress told the counts after each vehicle finishes (not after a rate
	 * limit, as the vehicle is not finished yet), one call at a time, on the thread that
	 * read the vehicle; it should return quickly, and an exception it throws is logged
	 * and the read goes on
	 * @return the outcome of every vehicle, in the order given
	 * @throws IllegalArgumentException when an argument or a vehicle is {@code null}, a
	 * vehicle is given twice or a vehicle id is not a plain Smartcar id; nothing is sent
	 * then
	 * @throws InterruptedException when the calling thread is interrupted; no read starts
	 * after that, and those under way finish unseen
	 */
	public <T> FleetReadResult<T> read(Collection<FleetVehicle> vehicles, Function<SmartcarVehicle, ? extends T> read,
			Consumer<? super FleetProgress> progress) throws InterruptedException {
		Assert.notNull(vehicles, "vehicles must not be null");
		Assert.notNull(read, "read must not be null");
		Assert.notNull(progress, "progress must not be null");
		List<VehicleAttempts> attempts = attempts(vehicles);
		Observation observation = Observation.createNotStarted(OBSERVATION_NAME, this.observationRegistry)
			.contextualName("smartcar fleet read")
			.highCardinalityKeyValue("smartcar.fleet.vehicles", String.valueOf(attempts.size()))
			.start();
		try {
			return new FleetSweep<T>(attempts, read, this.executor, this.slots, progress, observation).run();
		}
		catch (InterruptedException | RuntimeException | Error ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	/**
	 * Checks the vehicles and makes a handle for each, with its principal's service.
	 */
	private List<VehicleAttempts> attempts(Collection<FleetVehicle> vehicles) {
		Map<String, SmartcarVehicleService> principals = new HashMap<>();
		Set<FleetVehicle> seen = new HashSet<>();
		List<VehicleAttempts> attempts = new ArrayList<>(vehicles.size());
		for (FleetVehicle vehicle : vehicles) {
			Assert.notNull(vehicle, "vehicles must not contain null");
			Assert.isTrue(seen.add(vehicle), () -> "vehicles must not contain " + vehicle + " twice");
			SmartcarVehicle handle = principals.computeIfAbsent(vehicle.principalName(), this.vehicleService::forUser)
				.vehicle(vehicle.vehicleId());
			attempts.add(new VehicleAttempts(attempts.size(), vehicle, handle, this.rateLimitRetry));
		}
		return attempts;
	}

	@Override
	public String toString() {
		return "SmartcarFleetReader[concurrency=" + this.concurrency + ", rateLimitRetry=" + this.rateLimitRetry + "]";
	}

	/**
	 * Builds a {@link SmartcarFleetReader}. Only the vehicle service and the executor are
	 * required.
	 */
	public static final class Builder {

		private final SmartcarVehicleService vehicleService;

		private final Executor executor;

		private int concurrency = DEFAULT_CONCURRENCY;

		private @Nullable SmartcarRetry rateLimitRetry;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private Builder(SmartcarVehicleService vehicleService, Executor executor) {
			Assert.notNull(vehicleService, "vehicleService must not be null");
			Assert.notNull(executor, "executor must not be null");
			this.vehicleService = vehicleService;
			this.executor = executor;
		}

		/**
		 * Sets the most reads under way at once, across all reads of the reader.
		 * @param concurrency the number, {@value SmartcarFleetReader#DEFAULT_CONCURRENCY}
		 * unless set
		 * @return this builder
		 * @throws IllegalArgumentException when the number is below 1
		 */
		public Builder concurrency(int concurrency) {
			Assert.isTrue(concurrency >= 1, () -> "concurrency must be at least 1, was " + concurrency);
			this.concurrency = concurrency;
			return this;
		}

		/**
		 * Sets how a vehicle answered with Smartcar's rate limit ({@code 429}) is read
		 * again: the attempts of a vehicle, the waits between them (the backoff interval,
		 * or the {@code retry-after} when longer) and their time budget, counted from the
		 * vehicle's first attempt. {@link SmartcarRetry#none()} fails a rate-limited
		 * vehicle at once.
		 * @param rateLimitRetry the retry, the vehicle service's own unless set
		 * @return this builder
		 */
		public Builder rateLimitRetry(SmartcarRetry rateLimitRetry) {
			Assert.notNull(rateLimitRetry, "rateLimitRetry must not be null");
			this.rateLimitRetry = rateLimitRetry;
			return this;
		}

		/**
		 * Sets the registry that observes each read and counts its vehicles.
		 * @param observationRegistry the registry, {@link ObservationRegistry#NOOP}
		 * unless set
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			Assert.notNull(observationRegistry, "observationRegistry must not be null");
			this.observationRegistry = observationRegistry;
			return this;
		}

		/**
		 * Builds the reader.
		 * @return the reader
		 */
		public SmartcarFleetReader build() {
			return new SmartcarFleetReader(this);
		}

	}

}
