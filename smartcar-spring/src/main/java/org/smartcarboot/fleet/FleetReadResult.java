package org.smartcarboot.fleet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The outcome of a fleet read for every vehicle, in the order the vehicles were given.
 *
 * @param <T> the type of the values read
 * @param outcomes one outcome per vehicle
 */
public record FleetReadResult<T>(List<FleetReadOutcome<T>> outcomes) {

	/**
	 * Creates a result.
	 * @param outcomes one outcome per vehicle, copied
	 * @throws IllegalArgumentException when the list or an outcome is {@code null}
	 */
	public FleetReadResult {
		Assert.notNull(outcomes, "outcomes must not be null");
		Assert.noNullElements(outcomes, "outcomes must not contain null");
		outcomes = List.copyOf(outcomes);
	}

	/**
	 * Returns the values of the vehicles that were read.
	 * @return vehicle to value, in the order of the vehicles, without the failed ones
	 */
	public Map<FleetVehicle, @Nullable T> values() {
		Map<FleetVehicle, @Nullable T> values = new LinkedHashMap<>();
		for (FleetReadOutcome<T> outcome : this.outcomes) {
			if (outcome.succeeded()) {
				values.put(outcome.vehicle(), outcome.value());
			}
		}
		return Collections.unmodifiableMap(values);
	}

	/**
	 * Returns the failures of the vehicles whose read failed.
	 * @return vehicle to failure, in the order of the vehicles
	 */
	public Map<FleetVehicle, RuntimeException> failures() {
		Map<FleetVehicle, RuntimeException> failures = new LinkedHashMap<>();
		for (FleetReadOutcome<T> outcome : this.outcomes) {
			RuntimeException failure = outcome.failure();
			if (failure != null) {
				failures.put(outcome.vehicle(), failure);
			}
		}
		return Collections.unmodifiableMap(failures);
	}

	/**
	 * Returns the counts of the read: succeeded, failed and all vehicles.
	 * @return the final progress
	 */
	public FleetProgress progress() {
		int failed = (int) this.outcomes.stream().filter((outcome) -> !outcome.succeeded()).count();
		return new FleetProgress(this.outcomes.size() - failed, failed, this.outcomes.size());
	}

}
