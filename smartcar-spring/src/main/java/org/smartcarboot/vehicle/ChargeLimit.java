package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * The state of charge at which an electric vehicle stops charging.
 *
 * @param limit the limit, as a fraction from 0 to 1
 */
public record ChargeLimit(Double limit) {

	/**
	 * Creates the limit, requiring it.
	 */
	public ChargeLimit {
		ResponseBodies.require(limit, "limit");
	}

}
