package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;
import org.jspecify.annotations.Nullable;

/**
 * Smartcar's answer to a command sent to a vehicle.
 *
 * @param status the status, such as {@code success}
 * @param message Smartcar's message, or {@code null}
 */
public record ActionResult(String status, @Nullable String message) {

	/**
	 * Creates the result, requiring the status.
	 */
	public ActionResult {
		ResponseBodies.require(status, "status");
	}

}
