package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * A vehicle's odometer reading.
 *
 * @param distance the distance travelled, in kilometers or miles as
 * {@link org.smartcarboot.api.ResponseMeta#unitSystem()} says
 */
public record Odometer(Double distance) {

	/**
	 * Creates the reading, requiring the distance.
	 */
	public Odometer {
		ResponseBodies.require(distance, "distance");
	}

}
