package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * A vehicle identification number.
 *
 * @param vin the 17-character VIN
 */
public record Vin(String vin) {

	/**
	 * Creates the VIN, requiring it.
	 */
	public Vin {
		ResponseBodies.require(vin, "vin");
	}

}
