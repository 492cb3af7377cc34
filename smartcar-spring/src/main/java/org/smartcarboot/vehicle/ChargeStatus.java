package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * Whether an electric vehicle is plugged in and charging.
 *
 * @param isPluggedIn whether the charging cable is plugged in
 * @param state the charging state: {@code CHARGING}, {@code FULLY_CHARGED} or
 * {@code NOT_CHARGING}
 */
public record ChargeStatus(Boolean isPluggedIn, String state) {

	/**
	 * Creates the status, requiring both fields.
	 */
	public ChargeStatus {
		ResponseBodies.require(isPluggedIn, "isPluggedIn");
		ResponseBodies.require(state, "state");
	}

}
