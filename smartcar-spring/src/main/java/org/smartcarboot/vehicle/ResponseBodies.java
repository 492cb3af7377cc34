package org.smartcarboot.vehicle;

import org.jspecify.annotations.Nullable;

/**
 * Checks of response body fields, used by the response records so that a body missing a
 * field fails to read instead of yielding {@code null} or zero.
 */
final class ResponseBodies {

	private ResponseBodies() {
	}

	static <T> T require(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing field '" + field + "'");
		}
		return value;
	}

}
