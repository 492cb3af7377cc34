package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * The state of charge of an electric vehicle's high-voltage battery.
 *
 * @param range the estimated distance the vehicle can still travel on the battery, in
 * kilometers or miles as {@link org.smartcarboot.api.ResponseMeta#unitSystem()} says
 * @param percentRemaining the charge left, as a fraction from 0 to 1
 */
public record Battery(Double range, Double percentRemaining) {

	/**
	 * Creates the state of charge, requiring both fields.
	 */
	public Battery {
		ResponseBodies.require(range, "range");
		ResponseBodies.require(percentRemaining, "percentRemaining");
	}

}
