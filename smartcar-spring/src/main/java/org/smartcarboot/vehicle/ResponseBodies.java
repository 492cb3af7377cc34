package org.smartcarboot.vehicle;

import org.jspecify.annotations.Nullable;

/**
 * Checks of response body fields, used by the response records so that a body missing a
 * field fails to read instead of yielding {@code null} or zero.
 */
public final class ResponseBodies {

	private ResponseBodies() {
	}

	/**
	 * Requires a field of a response body, from a record's compact constructor.
	 * @param <T> the type of the field
	 * @param value the value read
	 * @param field the name of the field, for the message
	 * @return the value
	 * @throws IllegalArgumentException when the value is {@code null}, which the exchange
	 * reports as an unreadable response
	 */
	public static <T> T require(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing field '" + field + "'");
		}
		return value;
	}

}
