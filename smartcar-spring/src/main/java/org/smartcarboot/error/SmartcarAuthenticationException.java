package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * Smartcar did not accept the application's or the driver's credentials: an access token
 * it rejects ({@code AUTHENTICATION}, v1.0 {@code authentication_error}, HTTP 401), or a
 * refresh token or authorization code its token endpoint rejects ({@code invalid_grant},
 * {@code invalid_client}). {@link #isReauthenticationRequired()} tells whether the driver
 * must connect the vehicle again.
 */
public class SmartcarAuthenticationException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarAuthenticationException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.AUTHENTICATION, cause);
	}

}
