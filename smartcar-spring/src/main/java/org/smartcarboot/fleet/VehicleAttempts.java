package org.smartcarboot.fleet;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.error.SmartcarRateLimitException;
import org.smartcarboot.vehicle.SmartcarVehicle;

import org.springframework.util.backoff.BackOffExecution;

/**
 * The attempts of one vehicle in a fleet read: its handle, how many times its read ran,
 * and, after a rate limit, how long to wait before the next attempt, as the
 * {@link SmartcarRetry} says. Used by one thread at a time: the vehicle is either waiting
 * in the read's queue or being read.
 */
final class VehicleAttempts {

	private final int index;

	private final FleetVehicle vehicle;

	private final SmartcarVehicle handle;

	private final SmartcarRetry retry;

	private int attempts;

	private long firstAttemptNanos;

	private @Nullable Duration retryAfter;

	private @Nullable BackOffExecution waits;

	/**
	 * Creates the attempts of a vehicle.
	 * @param index the position of the vehicle among those of the read
	 * @param vehicle the vehicle
	 * @param handle the handle reading it with its principal's tokens
	 * @param retry how many attempts a rate-limited vehicle gets, how long it waits at
	 * least, and the time budget of all its attempts
	 */
	VehicleAttempts(int index, FleetVehicle vehicle, SmartcarVehicle handle, SmartcarRetry retry) {
		this.index = index;
		this.vehicle = vehicle;
		this.handle = handle;
		this.retry = retry;
	}

	int index() {
		return this.index;
	}

	FleetVehicle vehicle() {
		return this.vehicle;
	}

	/**
	 * Counts an attempt starting now and returns the handle to read.
	 * @return the vehicle handle
	 */
	SmartcarVehicle start() {
		if (this.attempts == 0) {
			this.firstAttemptNanos = System.nanoTime();
		}
		this.attempts++;
		return this.handle;
	}

	/**
	 * Returns how many attempts started.
	 * @return the attempts
	 */
	int attempts() {
		return this.attempts;
	}

	/**
	 * Returns how long to wait before reading the vehicle again after Smartcar's rate
	 * limit: the retry's backoff interval, or the {@code retry-after} when that is
	 * longer.
	 * @param rateLimit the failure of the last attempt
	 * @return the wait, or {@code null} when the vehicle gets no more attempt: the
	 * attempts are used up, or the wait would end past the time budget counted from the
	 * first attempt
	 */
	@Nullable Duration waitAfter(SmartcarRateLimitException rateLimit) {
		if (!SmartcarRetry.isTransient(rateLimit)) {
			return null;
		}
		this.retryAfter = rateLimit.getRetryAfter();
		if (this.waits == null) {
			this.waits = this.retry.backOff(() -> this.retryAfter).start();
		}
		long interval = this.waits.nextBackOff();
		if (interval == BackOffExecution.STOP) {
			return null;
		}
		Duration wait = Duration.ofMillis(interval);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - this.firstAttemptNanos);
		return (elapsed.plus(wait).compareTo(this.retry.maxElapsed()) > 0) ? null : wait;
	}

}
