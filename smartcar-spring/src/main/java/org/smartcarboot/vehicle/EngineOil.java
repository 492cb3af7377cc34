package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * The remaining life of a vehicle's engine oil.
 *
 * @param lifeRemaining the life left before an oil change, as a fraction from 0 to 1
 */
public record EngineOil(Double lifeRemaining) {

	/**
	 * Creates the oil life, requiring it.
	 */
	public EngineOil {
		ResponseBodies.require(lifeRemaining, "lifeRemaining");
	}

}
