package org.smartcarboot.compatibility;

import org.smartcarboot.api.ResponseBodies;

/**
 * The v1.0 compatibility of a vehicle.
 *
 * @param compatible whether the vehicle can grant the permissions asked about
 */
public record CompatibilityV1(Boolean compatible) {

	/**
	 * Creates the compatibility, requiring {@code compatible}.
	 */
	public CompatibilityV1 {
		ResponseBodies.require(compatible, "compatible");
	}

}
