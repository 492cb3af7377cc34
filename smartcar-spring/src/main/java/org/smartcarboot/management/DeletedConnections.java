package org.smartcarboot.management;

import java.util.List;

import org.smartcarboot.api.ResponseBodies;

/**
 * The connections a delete removed.
 *
 * @param connections the removed connections, with their vehicle and user ids
 */
public record DeletedConnections(List<Connection> connections) {

	/**
	 * Creates the result, requiring the connections.
	 */
	public DeletedConnections {
		connections = ResponseBodies.requireList(connections, "connections");
	}

}
