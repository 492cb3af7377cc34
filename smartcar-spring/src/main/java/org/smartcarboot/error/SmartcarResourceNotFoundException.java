package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * Smartcar does not know the path, the API version or the vehicle asked for
 * ({@code RESOURCE_NOT_FOUND}, v1.0 {@code resource_not_found_error}, HTTP 404).
 */
public class SmartcarResourceNotFoundException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarResourceNotFoundException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.RESOURCE_NOT_FOUND, cause);
	}

}
