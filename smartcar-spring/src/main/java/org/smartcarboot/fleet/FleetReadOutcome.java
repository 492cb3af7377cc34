package org.smartcarboot.fleet;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarException;

import org.springframework.util.Assert;

/**
 * What a fleet read got for one vehicle: the value read, or the failure that ended its
 * read.
 *
 * @param <T> the type of the value read
 * @param vehicle the vehicle
 * @param value the value the read returned, {@code null} when it failed
 * @param failure the failure, {@code null} when the read succeeded: a
 * {@link SmartcarException} when Smartcar answered with an error or not at all, else the
 * exception the read function threw
 * @param attempts how many times the read ran for this vehicle: 1, plus one for each rate
 * limit it waited out
 */
public record FleetReadOutcome<T>(FleetVehicle vehicle, @Nullable T value, @Nullable RuntimeException failure,
		int attempts) {

	/**
	 * Creates an outcome.
	 * @param vehicle the vehicle
	 * @param value the value read, {@code null} when the read failed
	 * @param failure the failure, {@code null} when the read succeeded
	 * @param attempts how many times the read ran, at least 1
	 * @throws IllegalArgumentException when the vehicle is {@code null}, there is both a
	 * value and a failure, or the attempts are fewer than 1
	 */
	public FleetReadOutcome {
		Assert.notNull(vehicle, "vehicle must not be null");
		Assert.isTrue(value == null || failure == null, "an outcome must not have both a value and a failure");
		Assert.isTrue(attempts >= 1, () -> "attempts must be at least 1, was " + attempts);
	}

	/**
	 * Returns whether the vehicle was read.
	 * @return {@code true} when the read succeeded
	 */
	public boolean succeeded() {
		return this.failure == null;
	}

}
