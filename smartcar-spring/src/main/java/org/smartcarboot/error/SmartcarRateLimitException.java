package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * Smartcar throttled the request ({@code RATE_LIMIT}, v1.0 {@code rate_limiting_error},
 * HTTP 429): the application's request budget ({@code SMARTCAR_API}) or the vehicle's
 * ({@code VEHICLE}). {@link #getRetryAfter()} says how long to wait when Smartcar said.
 */
public class SmartcarRateLimitException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarRateLimitException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.RATE_LIMIT, cause);
	}

}
