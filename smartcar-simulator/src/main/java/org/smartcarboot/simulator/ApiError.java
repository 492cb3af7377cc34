package org.smartcarboot.simulator;

import java.util.List;

/**
 * Ends the handling of an API request with an error response.
 */
final class ApiError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient SimulatedError error;

	private final transient List<FieldError> detail;

	/**
	 * An error without field details.
	 * @param error the error to answer with
	 */
	ApiError(SimulatedError error) {
		this(error, List.of());
	}

	/**
	 * A validation error naming the request fields that were wrong.
	 * @param error the error to answer with
	 * @param detail the fields, rendered as the v2.0 body's {@code detail}
	 */
	ApiError(SimulatedError error, List<FieldError> detail) {
		super(error.description(), null, false, false);
		this.error = error;
		this.detail = List.copyOf(detail);
	}

	/**
	 * A {@code 400 VALIDATION:PARAMETER} error.
	 * @param description what is wrong
	 * @return the error
	 */
	static ApiError validation(String description) {
		return new ApiError(SimulatedError.validation(description));
	}

	SimulatedError error() {
		return this.error;
	}

	List<FieldError> detail() {
		return this.detail;
	}

	/**
	 * One entry of a v2.0 validation error's {@code detail}.
	 *
	 * @param field the path to the field, for example {@code ["requests"]}
	 * @param message what is wrong with it
	 */
	record FieldError(List<String> field, String message) {
	}

}
