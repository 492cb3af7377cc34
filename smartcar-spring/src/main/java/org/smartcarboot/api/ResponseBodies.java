package org.smartcarboot.api;

import java.util.List;

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

	/**
	 * Requires a list and copies it, refusing {@code null} items.
	 * @param <T> the type of the items
	 * @param values the list read
	 * @param field the field's name, for the message
	 * @return an unmodifiable copy
	 */
	public static <T> List<T> requireList(@Nullable List<T> values, String field) {
		return copy(require(values, field), field);
	}

	/**
	 * Copies a list that Smartcar may omit, refusing {@code null} items.
	 * @param <T> the type of the items
	 * @param values the list read, or {@code null}
	 * @param field the field's name, for the message
	 * @return an unmodifiable copy, empty when the list is missing
	 */
	public static <T> List<T> listOrEmpty(@Nullable List<T> values, String field) {
		return (values != null) ? copy(values, field) : List.of();
	}

	private static <T> List<T> copy(List<T> values, String field) {
		for (T value : values) {
			if (value == null) {
				throw new IllegalArgumentException("null item in field '" + field + "'");
			}
		}
		return List.copyOf(values);
	}

}
