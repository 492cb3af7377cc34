package org.smartcarboot.error;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What kind of failure a {@link SmartcarException} reports; each category but
 * {@link #OTHER} has its own subclass to catch. Smartcar's v2.0 and v3 error types, its
 * v1.0 error names and HTTP statuses and the OAuth error codes of its token endpoint all
 * map onto these categories.
 */
public enum SmartcarErrorCategory {

	/**
	 * Credentials rejected: {@link SmartcarAuthenticationException}.
	 */
	AUTHENTICATION(SmartcarAuthenticationException::new),

	/**
	 * A permission the driver did not grant: {@link SmartcarPermissionException}.
	 */
	PERMISSION(SmartcarPermissionException::new),

	/**
	 * Throttled: {@link SmartcarRateLimitException}.
	 */
	RATE_LIMIT(SmartcarRateLimitException::new),

	/**
	 * The vehicle's state prevents the request: {@link SmartcarVehicleStateException}.
	 */
	VEHICLE_STATE(SmartcarVehicleStateException::new),

	/**
	 * The vehicle or Smartcar cannot serve the request:
	 * {@link SmartcarCompatibilityException}.
	 */
	COMPATIBILITY(SmartcarCompatibilityException::new),

	/**
	 * An invalid request: {@link SmartcarValidationException}.
	 */
	VALIDATION(SmartcarValidationException::new),

	/**
	 * An unknown path, version or vehicle: {@link SmartcarResourceNotFoundException}.
	 */
	RESOURCE_NOT_FOUND(SmartcarResourceNotFoundException::new),

	/**
	 * The application's plan does not cover the request:
	 * {@link SmartcarBillingException}.
	 */
	BILLING(SmartcarBillingException::new),

	/**
	 * The driver's account with the vehicle's maker needs attention:
	 * {@link SmartcarConnectedServicesAccountException}.
	 */
	CONNECTED_SERVICES_ACCOUNT(SmartcarConnectedServicesAccountException::new),

	/**
	 * Smartcar or the maker failed: {@link SmartcarServerException}.
	 */
	SERVER(SmartcarServerException::new),

	/**
	 * An answer that could not be used, or none: {@link SmartcarNoUsableAnswerException}.
	 */
	NO_USABLE_ANSWER(SmartcarNoUsableAnswerException::new),

	/**
	 * An error type this library does not know: a plain {@link SmartcarException}.
	 */
	OTHER(SmartcarException::new);

	private static final Map<String, SmartcarErrorCategory> V2_TYPES = Map.ofEntries(
			Map.entry("AUTHENTICATION", AUTHENTICATION), Map.entry("PERMISSION", PERMISSION),
			Map.entry("RATE_LIMIT", RATE_LIMIT), Map.entry("VEHICLE_STATE", VEHICLE_STATE),
			Map.entry("COMPATIBILITY", COMPATIBILITY), Map.entry("VALIDATION", VALIDATION),
			Map.entry("RESOURCE_NOT_FOUND", RESOURCE_NOT_FOUND), Map.entry("BILLING", BILLING),
			Map.entry("CONNECTED_SERVICES_ACCOUNT", CONNECTED_SERVICES_ACCOUNT), Map.entry("SERVER", SERVER),
			Map.entry("UPSTREAM", SERVER));

	private static final Map<String, SmartcarErrorCategory> V1_ERRORS = Map.ofEntries(
			Map.entry("validation_error", VALIDATION), Map.entry("authentication_error", AUTHENTICATION),
			Map.entry("permission_error", PERMISSION), Map.entry("resource_not_found_error", RESOURCE_NOT_FOUND),
			Map.entry("vehicle_state_error", VEHICLE_STATE), Map.entry("rate_limiting_error", RATE_LIMIT),
			Map.entry("monthly_limit_exceeded", BILLING), Map.entry("server_error", SERVER),
			Map.entry("gateway_timeout_error", SERVER), Map.entry("vehicle_not_capable_error", COMPATIBILITY),
			Map.entry("smartcar_not_capable_error", COMPATIBILITY),
			Map.entry("vehicle_owner_action_required", CONNECTED_SERVICES_ACCOUNT));

	/**
	 * OAuth 2.0 error codes (RFC 6749 sections 4.1.2.1 and 5.2, RFC 6750 section 3.1).
	 */
	private static final Map<String, SmartcarErrorCategory> OAUTH_ERRORS = Map.ofEntries(
			Map.entry("invalid_grant", AUTHENTICATION), Map.entry("invalid_client", AUTHENTICATION),
			Map.entry("unauthorized_client", AUTHENTICATION), Map.entry("access_denied", AUTHENTICATION),
			Map.entry("invalid_token", AUTHENTICATION), Map.entry("insufficient_scope", PERMISSION),
			Map.entry("invalid_request", VALIDATION), Map.entry("unsupported_grant_type", VALIDATION),
			Map.entry("unsupported_response_type", VALIDATION), Map.entry("invalid_scope", VALIDATION),
			Map.entry("server_error", SERVER), Map.entry("temporarily_unavailable", SERVER));

	private final Factory factory;

	SmartcarErrorCategory(Factory factory) {
		this.factory = factory;
	}

	/**
	 * Creates the exception of this category.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 * @return the exception, an instance of this category's subclass
	 */
	public SmartcarException exception(SmartcarErrorDetails details, @Nullable Throwable cause) {
		return this.factory.create(details, cause);
	}

	/**
	 * Returns the category of a Smartcar v2.0 or v3 error type; {@code UPSTREAM} is a
	 * {@link #SERVER} error.
	 * @param type the error type, such as {@code RATE_LIMIT}
	 * @return the category, or {@code null} for a type this library does not know
	 */
	public static @Nullable SmartcarErrorCategory ofType(String type) {
		return V2_TYPES.get(type);
	}

	/**
	 * Returns the category of a Smartcar v1.0 error: by its name, else by its status as
	 * the Python SDK 5.2.1 maps it.
	 * @param error the v1.0 error name, such as {@code vehicle_state_error}
	 * @param status the HTTP status
	 * @return the category
	 */
	static SmartcarErrorCategory ofV1Error(String error, int status) {
		SmartcarErrorCategory category = V1_ERRORS.get(error);
		return (category != null) ? category : ofStatus(status);
	}

	/**
	 * Returns the category of an OAuth error code, else of the status.
	 * @param error the OAuth error code, such as {@code invalid_grant}
	 * @param status the HTTP status, {@code 0} when not known
	 * @return the category
	 */
	static SmartcarErrorCategory ofOAuthError(String error, int status) {
		SmartcarErrorCategory category = OAUTH_ERRORS.get(error);
		return (category != null) ? category : ofStatus(status);
	}

	/**
	 * Tells whether an error name is an OAuth error code.
	 * @param error the error name
	 * @return whether it is one of OAuth's codes
	 */
	static boolean isOAuthError(String error) {
		return OAUTH_ERRORS.containsKey(error);
	}

	/**
	 * Returns the category of a v1.0 error status, as the Python SDK 5.2.1 maps it.
	 * @param status the HTTP status
	 * @return the category, {@link #OTHER} for a status without one
	 */
	static SmartcarErrorCategory ofStatus(int status) {
		return switch (status) {
			case 400 -> VALIDATION;
			case 401 -> AUTHENTICATION;
			case 403 -> PERMISSION;
			case 404 -> RESOURCE_NOT_FOUND;
			case 409 -> VEHICLE_STATE;
			case 429 -> RATE_LIMIT;
			case 430 -> BILLING;
			case 460, 500, 502, 503, 504 -> SERVER;
			case 501 -> COMPATIBILITY;
			default -> OTHER;
		};
	}

	@FunctionalInterface
	private interface Factory {

		SmartcarException create(SmartcarErrorDetails details, @Nullable Throwable cause);

	}

}
