package org.smartcarboot.vehicle;

/**
 * Checks of response body fields, used by the response records so that a body missing a
 * field fails to read instead of yielding {@code null} or zero.
 */
final class ResponseBodies {

	private ResponseBodies() {
	}

	static <T> T require(T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing field '" + field + "'");
		}
		return value;
	}

}
