package org.smartcarboot.sample.web;

/**
 * The errors Smartcar Connect, or the login that follows it, can end with, explained in
 * plain words.
 *
 * @see <a href="https://smartcar.com/docs/errors/connect-errors">Connect errors</a>
 */
public enum ConnectError {

	/**
	 * The driver declined access.
	 */
	ACCESS_DENIED("access_denied", "You declined access",
			"You chose not to share your vehicle with this app, so nothing was connected. "
					+ "You can connect again whenever you like."),

	/**
	 * The vehicle's connected-services subscription is missing or inactive.
	 */
	INVALID_SUBSCRIPTION("invalid_subscription", "Connected services subscription needed",
			"Your vehicle's connected services subscription is missing or inactive. "
					+ "Activate it in your car maker's app, then connect again."),

	/**
	 * Connect could not finish because of a setup problem.
	 */
	CONFIGURATION_ERROR("configuration_error", "Connection could not be set up",
			"Smartcar could not finish connecting because of a setup problem with this app or your vehicle account. "
					+ "Please try again later."),

	/**
	 * The driver's account has no vehicles.
	 */
	NO_VEHICLES("no_vehicles", "No vehicles found",
			"The account you signed in with has no vehicles. "
					+ "Add your car in your car maker's app, then connect again."),

	/**
	 * The vehicle cannot do what the app needs.
	 */
	VEHICLE_INCOMPATIBLE("vehicle_incompatible", "Vehicle not supported",
			"Your vehicle does not support the features this app needs, such as reading the odometer or locking."),

	/**
	 * Smartcar failed.
	 */
	SERVER_ERROR("server_error", "Smartcar ran into a problem",
			"Something went wrong at Smartcar while connecting your vehicle. Please try again in a few minutes."),

	/**
	 * The driver left Connect before finishing.
	 */
	USER_MANUALLY_RETURNED_TO_APPLICATION("user_manually_returned_to_application", "Connection not finished",
			"You came back to the app before finishing in Smartcar Connect. Connect again to complete it."),

	/**
	 * The login was not started by this browser session, or it expired.
	 */
	AUTHORIZATION_REQUEST_NOT_FOUND("authorization_request_not_found", "Sign-in expired",
			"The sign-in started too long ago or in another browser window. Please connect again."),

	/**
	 * Any other error.
	 */
	UNKNOWN(null, "Connecting failed",
			"Something went wrong while connecting your vehicle. Please try again in a few minutes.");

	private final String code;

	private final String title;

	private final String message;

	ConnectError(String code, String title, String message) {
		this.code = code;
		this.title = title;
		this.message = message;
	}

	/**
	 * Returns the error with a code.
	 * @param code the OAuth2 error code, such as {@code access_denied}, or {@code null}
	 * @return the error, {@link #UNKNOWN} for an absent or unknown code
	 */
	public static ConnectError fromCode(String code) {
		for (ConnectError error : values()) {
			if (error.code != null && error.code.equals(code)) {
				return error;
			}
		}
		return UNKNOWN;
	}

	/**
	 * Returns the OAuth2 error code.
	 * @return the code, or {@code null} for {@link #UNKNOWN}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * Returns a short title.
	 * @return the title
	 */
	public String title() {
		return this.title;
	}

	/**
	 * Returns what happened and what the driver can do, in plain words.
	 * @return the message
	 */
	public String message() {
		return this.message;
	}

}
