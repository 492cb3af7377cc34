package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * Smartcar or the vehicle's maker failed to serve the request ({@code SERVER},
 * {@code UPSTREAM}, v1.0 {@code server_error}, HTTP 500, 502, 504 and 460); retrying
 * later may succeed.
 */
public class SmartcarServerException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarServerException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.SERVER, cause);
	}

}
