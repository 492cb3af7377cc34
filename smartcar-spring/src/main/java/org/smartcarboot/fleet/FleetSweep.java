package org.smartcarboot.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

import io.micrometer.observation.Observation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarRateLimitException;
import org.smartcarboot.vehicle.SmartcarVehicle;

/**
 * One fleet read under way. The calling thread takes the vehicles from a
 * {@link DelayQueue} as they fall due, acquires a slot of the reader's {@link Semaphore}
 * for each and hands its read to the {@link Executor}; the slot is released as soon as
 * the read returns. A vehicle that Smartcar rate-limited goes back into the queue, due
 * after its wait, holding no slot and no thread meanwhile. The calling thread returns
 * once every vehicle is finished.
 *
 * @param <T> the type of the values read
 */
final class FleetSweep<T> {

	private static final Log logger = LogFactory.getLog(FleetSweep.class);

	private static final Observation.Event SUCCEEDED = Observation.Event.of("succeeded", "vehicle read");

	private static final Observation.Event FAILED = Observation.Event.of("failed", "vehicle read failed");

	private static final Observation.Event RATE_LIMITED = Observation.Event.of("rate.limited",
			"vehicle rate-limited, read again later");

	private final List<VehicleAttempts> vehicles;

	private final Function<SmartcarVehicle, ? extends T> read;

	private final Executor executor;

	private final Semaphore slots;

	private final Consumer<? super FleetProgress> progress;

	private final Observation observation;

	private final DelayQueue<ScheduledRead> queue = new DelayQueue<>();

	private final List<@Nullable FleetReadOutcome<T>> outcomes;

	private int succeeded;

	private int failed;

	private boolean progressFailed;

	private volatile @Nullable Error fatal;

	/**
	 * Prepares a read.
	 * @param vehicles the vehicles, each with its position among them
	 * @param read what to read of each vehicle
	 * @param executor runs the reads
	 * @param slots the reader's concurrency slots, one per read under way
	 * @param progress told of every vehicle that finishes
	 * @param observation the read's observation, told of every vehicle that finishes or
	 * waits out a rate limit
	 */
	FleetSweep(List<VehicleAttempts> vehicles, Function<SmartcarVehicle, ? extends T> read, Executor executor,
			Semaphore slots, Consumer<? super FleetProgress> progress, Observation observation) {
		this.vehicles = vehicles;
		this.read = read;
		this.executor = executor;
		this.slots = slots;
		this.progress = progress;
		this.observation = observation;
		this.outcomes = new ArrayList<>(Collections.nCopies(vehicles.size(), null));
	}

	/**
	 * Reads every vehicle, returning once each is finished.
	 * @return the outcome of every vehicle
	 * @throws InterruptedException when the calling thread is interrupted; no vehicle is
	 * handed to the executor after that
	 */
	FleetReadResult<T> run() throws InterruptedException {
		if (this.vehicles.isEmpty()) {
			return new FleetReadResult<>(List.of());
		}
		long now = System.nanoTime();
		this.vehicles.forEach((vehicle) -> this.queue.add(new ScheduledRead(vehicle.index(), now)));
		ScheduledRead next = this.queue.take();
		while (!next.isEnd()) {
			this.slots.acquire();
			if (this.fatal != null) {
				this.slots.release();
				break;
			}
			dispatch(this.vehicles.get(next.index()));
			next = this.queue.take();
		}
		Error error = this.fatal;
		if (error != null) {
			throw error;
		}
		return result();
	}

	private void dispatch(VehicleAttempts vehicle) {
		SmartcarVehicle handle = vehicle.start();
		try {
			this.executor.execute(() -> attempt(vehicle, handle));
		}
		catch (RejectedExecutionException ex) {
			this.slots.release();
			finish(vehicle, null, ex);
		}
	}

	private void attempt(VehicleAttempts vehicle, SmartcarVehicle handle) {
		T value;
		try {
			value = this.read.apply(handle);
		}
		catch (RuntimeException ex) {
			this.slots.release();
			failed(vehicle, ex);
			return;
		}
		catch (Error error) {
			this.slots.release();
			this.fatal = error;
			this.queue.add(ScheduledRead.end());
			throw error;
		}
		this.slots.release();
		finish(vehicle, value, null);
	}

	/**
	 * Puts a rate-limited vehicle back in the queue when its retry allows, else finishes
	 * it with the failure.
	 */
	private void failed(VehicleAttempts vehicle, RuntimeException failure) {
		Duration wait = (failure instanceof SmartcarRateLimitException rateLimit) ? vehicle.waitAfter(rateLimit) : null;
		if (wait == null) {
			finish(vehicle, null, failure);
			return;
		}
		this.observation.event(RATE_LIMITED);
		this.queue.add(ScheduledRead.after(vehicle.index(), wait));
	}

	private void finish(VehicleAttempts vehicle, @Nullable T value, @Nullable RuntimeException failure) {
		FleetReadOutcome<T> outcome = new FleetReadOutcome<>(vehicle.vehicle(), value, failure, vehicle.attempts());
		this.observation.event(outcome.succeeded() ? SUCCEEDED : FAILED);
		synchronized (this) {
			this.outcomes.set(vehicle.index(), outcome);
			if (outcome.succeeded()) {
				this.succeeded++;
			}
			else {
				this.failed++;
			}
			FleetProgress now = new FleetProgress(this.succeeded, this.failed, this.vehicles.size());
			report(now);
			if (now.isDone()) {
				this.queue.add(ScheduledRead.end());
			}
		}
	}

	/**
	 * Tells the progress listener, logging its first failure at WARN and the others at
	 * DEBUG, so a broken listener does not flood the log of a long read.
	 */
	private void report(FleetProgress now) {
		try {
			this.progress.accept(now);
		}
		catch (RuntimeException ex) {
			if (!this.progressFailed) {
				this.progressFailed = true;
				logger.warn("The progress listener of a Smartcar fleet read failed; the read goes on", ex);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug("The progress listener of a Smartcar fleet read failed again", ex);
			}
		}
	}

	private synchronized FleetReadResult<T> result() {
		// every vehicle is finished, so no outcome is null
		return new FleetReadResult<>(this.outcomes);
	}

}
