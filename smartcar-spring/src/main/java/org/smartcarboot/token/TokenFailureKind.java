package org.smartcarboot.token;

import org.smartcarboot.error.SmartcarErrorCategory;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

/**
 * What kind of failure a refresh ended in: a few values, so that they can tag a metric.
 */
public enum TokenFailureKind {

	/**
	 * Smartcar rejected the refresh token ({@code invalid_grant}): spent, revoked or
	 * expired.
	 */
	REFRESH_TOKEN_REJECTED,

	/**
	 * Smartcar rejected the application's credentials, such as a wrong client secret
	 * ({@code invalid_client}, {@code unauthorized_client}).
	 */
	CLIENT_REJECTED,

	/**
	 * Smartcar found the request invalid ({@code invalid_request}, {@code invalid_scope},
	 * ...).
	 */
	REQUEST_REJECTED,

	/**
	 * Smartcar throttled the application.
	 */
	RATE_LIMITED,

	/**
	 * Smartcar's token endpoint failed ({@code 5xx}, {@code server_error},
	 * {@code temporarily_unavailable}).
	 */
	SERVER_ERROR,

	/**
	 * No answer: a timeout or an I/O error.
	 */
	NO_RESPONSE,

	/**
	 * An answer that is not a token response nor an error Smartcar documents.
	 */
	UNREADABLE_RESPONSE,

	/**
	 * Anything else.
	 */
	OTHER;

	/**
	 * Returns the kind of a failed refresh.
	 * @param failure the failure, as {@link SmartcarErrorReader#tokenFailure} describes
	 * it
	 * @return its kind
	 */
	public static TokenFailureKind of(SmartcarException failure) {
		if (SmartcarErrorReader.NO_RESPONSE.equals(failure.getType())) {
			return NO_RESPONSE;
		}
		if (SmartcarErrorReader.UNREADABLE_RESPONSE.equals(failure.getType())) {
			return UNREADABLE_RESPONSE;
		}
		if ("invalid_grant".equals(failure.getCode())) {
			return REFRESH_TOKEN_REJECTED;
		}
		SmartcarErrorCategory category = failure.getCategory();
		return switch (category) {
			case AUTHENTICATION, PERMISSION -> CLIENT_REJECTED;
			case VALIDATION -> REQUEST_REJECTED;
			case RATE_LIMIT -> RATE_LIMITED;
			case SERVER -> SERVER_ERROR;
			case NO_USABLE_ANSWER -> UNREADABLE_RESPONSE;
			default -> OTHER;
		};
	}

}
