package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * The vehicle, its make or Smartcar cannot serve the request ({@code COMPATIBILITY}, v1.0
 * {@code vehicle_not_capable_error} and {@code smartcar_not_capable_error}, HTTP 501).
 */
public class SmartcarCompatibilityException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarCompatibilityException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.COMPATIBILITY, cause);
	}

}
