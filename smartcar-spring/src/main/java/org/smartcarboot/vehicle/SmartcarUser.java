package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * The Smartcar user who connected vehicles.
 *
 * @param id the Smartcar user id
 */
public record SmartcarUser(String id) {

	/**
	 * Creates the user, requiring the id.
	 */
	public SmartcarUser {
		ResponseBodies.require(id, "id");
	}

}
