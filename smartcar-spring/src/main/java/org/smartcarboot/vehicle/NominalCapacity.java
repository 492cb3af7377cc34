package org.smartcarboot.vehicle;

import java.util.List;

import org.smartcarboot.api.ResponseBodies;
import org.jspecify.annotations.Nullable;

/**
 * The nominal capacities an electric vehicle's battery may have, and the one chosen for
 * it.
 *
 * @param availableCapacities the capacities the vehicle's model comes with; empty when
 * Smartcar knows none
 * @param capacity the capacity used for this vehicle, or {@code null} when none is chosen
 * @param url a Smartcar page where the driver can choose the capacity, or {@code null}
 */
public record NominalCapacity(List<AvailableCapacity> availableCapacities, @Nullable SelectedCapacity capacity,
		@Nullable String url) {

	/**
	 * Creates the nominal capacity; a missing list of available capacities is empty.
	 */
	public NominalCapacity {
		availableCapacities = ResponseBodies.listOrEmpty(availableCapacities, "availableCapacities");
	}

	/**
	 * One capacity a vehicle's model comes with.
	 *
	 * @param capacity the capacity, in kilowatt-hours
	 * @param description what distinguishes it, such as {@code BEV:Extended Range}, or
	 * {@code null}
	 */
	public record AvailableCapacity(Double capacity, @Nullable String description) {

		/**
		 * Creates the capacity, requiring its value.
		 */
		public AvailableCapacity {
			ResponseBodies.require(capacity, "availableCapacities.capacity");
		}

	}

	/**
	 * The capacity used for a vehicle.
	 *
	 * @param nominal the capacity, in kilowatt-hours
	 * @param source where it comes from, such as {@code USER_SELECTED}
	 */
	public record SelectedCapacity(Double nominal, String source) {

		/**
		 * Creates the capacity, requiring both fields.
		 */
		public SelectedCapacity {
			ResponseBodies.require(nominal, "capacity.nominal");
			ResponseBodies.require(source, "capacity.source");
		}

	}

}
