package org.smartcarboot.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * An error the simulated APIs answer with, rendered as a Smartcar v2.0 error body
 * ({@code type}, {@code code}, {@code description}, {@code docURL}, {@code statusCode},
 * {@code requestId}, {@code resolution}, {@code suggestedUserMessage}); on {@code /v1.0}
 * paths as a v1.0 body ({@code error}, {@code message}, {@code code}), where
 * {@code error} is derived from the type, for example {@code vehicle_state_error}.
 *
 * @param status the HTTP status, 400 to 599
 * @param type the Smartcar error type, for example {@code RATE_LIMIT}
 * @param code the Smartcar error code, for example {@code VEHICLE}, or {@code null}
 * @param description the human-readable description
 * @param retryAfter the value of the {@code retry-after} header (whole seconds, rounded
 * up), or {@code null} for no header
 */
public record SimulatedError(int status, String type, String code, String description, Duration retryAfter) {

	/**
	 * Creates an error, checking its fields.
	 * @param status the HTTP status, 400 to 599
	 * @param type the Smartcar error type
	 * @param code the Smartcar error code, or {@code null}
	 * @param description the description
	 * @param retryAfter the retry-after delay, or {@code null}
	 */
	public SimulatedError {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("status must be an HTTP error status (400-599), not " + status);
		}
		if (type == null || type.isBlank()) {
			throw new IllegalArgumentException("type must not be blank");
		}
		Objects.requireNonNull(description, "description");
		if (retryAfter != null && retryAfter.isNegative()) {
			throw new IllegalArgumentException("retryAfter must not be negative");
		}
	}

	/**
	 * An error without a {@code retry-after} header.
	 * @param status the HTTP status
	 * @param type the Smartcar error type
	 * @param code the Smartcar error code, or {@code null}
	 * @param description the description
	 * @return the error
	 */
	public static SimulatedError of(int status, String type, String code, String description) {
		return new SimulatedError(status, type, code, description, null);
	}

	/**
	 * The per-vehicle throttle: 429 {@code RATE_LIMIT:VEHICLE} with a {@code retry-after}
	 * header.
	 * @param retryAfter when the client may retry
	 * @return the error
	 */
	public static SimulatedError rateLimit(Duration retryAfter) {
		Objects.requireNonNull(retryAfter, "retryAfter");
		return new SimulatedError(429, "RATE_LIMIT", "VEHICLE",
				"You have reached the throttling rate limit for this vehicle. Please see the retry-after header (seconds) for when to retry the request.",
				retryAfter);
	}

	/**
	 * A vehicle state error: 409 {@code VEHICLE_STATE} with the given code.
	 * @param code the state code, for example {@code ASLEEP} or {@code DOOR_OPEN}
	 * @return the error
	 */
	public static SimulatedError vehicleState(String code) {
		Objects.requireNonNull(code, "code");
		return of(409, "VEHICLE_STATE", code,
				"The vehicle is in a state that prevents it from performing your request (" + code + ").");
	}

	/**
	 * An unexpected Smartcar failure: 500 {@code SERVER}.
	 * @return the error
	 */
	public static SimulatedError serverError() {
		return of(500, "SERVER", null, "Smartcar ran into an unexpected issue. Please retry your request.");
	}

	/**
	 * A rejected access token: 401 {@code AUTHENTICATION}, as answered for missing,
	 * unknown or expired tokens.
	 * @return the error
	 */
	public static SimulatedError authentication() {
		return of(401, "AUTHENTICATION", null, "The access token you provided is invalid or has expired.");
	}

	/**
	 * An invalid request parameter: 400 {@code VALIDATION:PARAMETER}.
	 * @param description what is wrong
	 * @return the error
	 */
	public static SimulatedError validation(String description) {
		return of(400, "VALIDATION", "PARAMETER", description);
	}

	/**
	 * An unknown resource: 404 {@code RESOURCE_NOT_FOUND}.
	 * @param code {@code PATH} for unknown paths and vehicles, {@code VERSION} for
	 * unknown API versions
	 * @param description what was not found
	 * @return the error
	 */
	public static SimulatedError resourceNotFound(String code, String description) {
		return of(404, "RESOURCE_NOT_FOUND", code, description);
	}

	/**
	 * A request the car cannot serve: 501 {@code COMPATIBILITY:VEHICLE_NOT_CAPABLE}, as
	 * the simulator answers battery reads of a combustion car.
	 * @return the error
	 */
	public static SimulatedError vehicleNotCapable() {
		return compatibility("VEHICLE_NOT_CAPABLE");
	}

	/**
	 * A compatibility error: 501 {@code COMPATIBILITY} with the given code.
	 * @param code {@code VEHICLE_NOT_CAPABLE}, {@code SMARTCAR_NOT_CAPABLE} or
	 * {@code MAKE_NOT_COMPATIBLE}
	 * @return the error
	 */
	public static SimulatedError compatibility(String code) {
		Objects.requireNonNull(code, "code");
		String description = switch (code) {
			case "VEHICLE_NOT_CAPABLE" -> "The vehicle is incapable of performing your request.";
			case "SMARTCAR_NOT_CAPABLE" -> "Smartcar does not yet support this feature for this vehicle.";
			case "MAKE_NOT_COMPATIBLE" -> "Smartcar does not yet support this vehicle's make.";
			default -> "The vehicle is not compatible with your request (" + code + ").";
		};
		return of(501, "COMPATIBILITY", code, description);
	}

	/**
	 * A billing error: 430 {@code BILLING} with the given code.
	 * @param code for example {@code VEHICLE_REQUEST_LIMIT}, {@code VEHICLE_LIMIT},
	 * {@code INVALID_PLAN} or {@code ACCOUNT_SUSPENDED}
	 * @return the error
	 */
	public static SimulatedError billing(String code) {
		Objects.requireNonNull(code, "code");
		return of(430, "BILLING", code,
				"Your application has exceeded the limits of its Smartcar plan (" + code + ").");
	}

	/**
	 * Missing permission: 403 {@code PERMISSION}.
	 * @return the error
	 */
	public static SimulatedError permission() {
		return of(403, "PERMISSION", null,
				"Your application has insufficient permissions to access the requested resource. Please prompt the user to re-authenticate using Smartcar Connect.");
	}

	/**
	 * A failure of the car maker's service: 502 {@code UPSTREAM} with the given code.
	 * @param code for example {@code NO_RESPONSE}, {@code INVALID_DATA} or
	 * {@code RATE_LIMIT}
	 * @return the error
	 */
	public static SimulatedError upstream(String code) {
		Objects.requireNonNull(code, "code");
		return of(502, "UPSTREAM", code,
				"The vehicle manufacturer's service could not complete your request (" + code + ").");
	}

	/**
	 * A problem with the driver's account at the car maker: 400
	 * {@code CONNECTED_SERVICES_ACCOUNT} with the given code.
	 * @param code for example {@code SUBSCRIPTION}, {@code ACCOUNT_ISSUE} or
	 * {@code VIRTUAL_KEY_REQUIRED}
	 * @return the error
	 */
	public static SimulatedError connectedServicesAccount(String code) {
		Objects.requireNonNull(code, "code");
		return of(400, "CONNECTED_SERVICES_ACCOUNT", code,
				"The vehicle owner's connected services account needs attention (" + code + ").");
	}

}
