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
	 * Requires a field of a response body, in the compact constructor of a response
	 * record; the exception becomes an {@code UNREADABLE_RESPONSE}
	 * {@link org.smartcarboot.error.SmartcarException} naming the field.
	 * @param <T> the type of the field
	 * @param value the field's value
	 * @param field the field's name in the body
	 * @return the value
	 * @throws IllegalArgumentException when the value is {@code null}
	 */
	public static <T> T require(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing field '" + field + "'");
		}
		return value;
	}

}
