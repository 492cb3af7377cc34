package org.smartcarboot.management;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.ResponseBodies;

/**
 * One page of the connections of the application.
 *
 * @param connections the connections on this page
 * @param paging where the next page starts, or {@code null}
 */
public record ConnectionPage(List<Connection> connections, @Nullable Paging paging) {

	/**
	 * Creates the page, requiring the connections.
	 */
	public ConnectionPage {
		connections = ResponseBodies.requireList(connections, "connections");
	}

	/**
	 * Returns the cursor of the next page.
	 * @return the cursor, or {@code null} on the last page
	 */
	public @Nullable String nextCursor() {
		String cursor = (this.paging != null) ? this.paging.cursor() : null;
		return (cursor != null && !cursor.isEmpty()) ? cursor : null;
	}

	/**
	 * Where the next page starts.
	 *
	 * @param cursor the opaque cursor of the next page, or {@code null} on the last page
	 * @param count the number of connections on this page, or {@code null}
	 */
	public record Paging(@Nullable String cursor, @Nullable Integer count) {

	}

}
