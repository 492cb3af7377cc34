package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * The driver did not grant the permission a request needs ({@code PERMISSION}, v1.0
 * {@code permission_error}, HTTP 403); the driver must connect again with the missing
 * scope.
 */
public class SmartcarPermissionException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarPermissionException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.PERMISSION, cause);
	}

}
