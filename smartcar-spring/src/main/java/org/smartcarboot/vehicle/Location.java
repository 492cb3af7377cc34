package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * A vehicle's last known location.
 *
 * @param latitude the latitude, in degrees
 * @param longitude the longitude, in degrees
 */
public record Location(Double latitude, Double longitude) {

	/**
	 * Creates the location, requiring both coordinates.
	 */
	public Location {
		ResponseBodies.require(latitude, "latitude");
		ResponseBodies.require(longitude, "longitude");
	}

}
