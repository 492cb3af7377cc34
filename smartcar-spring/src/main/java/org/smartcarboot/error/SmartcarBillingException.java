package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * The application's Smartcar plan does not cover the request: an invalid plan, a vehicle
 * limit or a monthly request limit ({@code BILLING}, v1.0 {@code monthly_limit_exceeded},
 * HTTP 430).
 */
public class SmartcarBillingException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarBillingException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.BILLING, cause);
	}

}
