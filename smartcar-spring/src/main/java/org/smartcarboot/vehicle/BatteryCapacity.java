package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * The capacity of an electric vehicle's high-voltage battery.
 *
 * @param capacity the capacity, in kilowatt-hours
 */
public record BatteryCapacity(Double capacity) {

	/**
	 * Creates the capacity, requiring it.
	 */
	public BatteryCapacity {
		ResponseBodies.require(capacity, "capacity");
	}

}
