package org.smartcarboot.management;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.ResponseBodies;

/**
 * A vehicle connected to the application by a user.
 *
 * @param vehicleId the Smartcar vehicle id
 * @param userId the Smartcar user id
 * @param connectedAt when the user connected the vehicle, or {@code null} (deleted
 * connections do not say)
 * @param mode the Connect mode of the connection, such as {@code live}, or {@code null}
 */
public record Connection(String vehicleId, String userId, @Nullable Instant connectedAt, @Nullable String mode) {

	/**
	 * Creates the connection, requiring both ids.
	 */
	public Connection {
		ResponseBodies.require(vehicleId, "connections[].vehicleId");
		ResponseBodies.require(userId, "connections[].userId");
	}

}
