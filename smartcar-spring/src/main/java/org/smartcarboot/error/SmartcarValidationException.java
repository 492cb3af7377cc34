package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * Smartcar found the request invalid ({@code VALIDATION}, v1.0 {@code validation_error},
 * HTTP 400, or an OAuth {@code invalid_request}); {@link #getDetail()} names the fields
 * that were wrong when Smartcar said.
 */
public class SmartcarValidationException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarValidationException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.VALIDATION, cause);
	}

}
