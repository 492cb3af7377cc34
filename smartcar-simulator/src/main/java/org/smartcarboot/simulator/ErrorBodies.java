package org.smartcarboot.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * Renders error responses: Smartcar v2.0 and v1.0 error bodies for the APIs and OAuth
 * error bodies for the token endpoint.
 */
final class ErrorBodies {

	private static final String DOC_URL_PREFIX = "https://smartcar.com/docs/errors/api-errors/";

	private static final String V1_PREFIX = "/v1.0/";

	private ErrorBodies() {
	}

	/**
	 * The error response for a request path: a v1.0 body under {@code /v1.0/}, a v2.0
	 * body otherwise.
	 * @param path the request path
	 * @param error the error
	 * @return the response
	 */
	static ApiResponse forPath(String path, SimulatedError error) {
		return path.startsWith(V1_PREFIX) ? v1(error) : v2(error, List.of());
	}

	/**
	 * The v2.0 error response for a failed request.
	 * @param error the failure
	 * @return the response, with the failure's field details
	 */
	static ApiResponse v2(ApiError error) {
		return v2(error.error(), error.detail());
	}

	/**
	 * A v2.0 error response with a fresh request id in the body and the
	 * {@code sc-request-id} header, plus {@code retry-after} when the error has one.
	 * @param error the error
	 * @param detail the fields of a validation error, left out of the body when empty
	 * @return the response
	 */
	static ApiResponse v2(SimulatedError error, List<ApiError.FieldError> detail) {
		String requestId = ApiResponse.newRequestId();
		Guidance guidance = Guidance.forType(error.type());
		Map<String, Object> resolution = new LinkedHashMap<>();
		resolution.put("type", ApiResponse.nullable(guidance.resolution()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", error.type());
		body.put("code", ApiResponse.nullable(error.code()));
		body.put("description", error.description());
		body.put("docURL", DOC_URL_PREFIX + error.type().toLowerCase(Locale.ROOT).replace('_', '-') + "-errors");
		body.put("statusCode", error.status());
		body.put("requestId", requestId);
		body.put("resolution", resolution);
		body.put("suggestedUserMessage", guidance.suggestedUserMessage());
		if (!detail.isEmpty()) {
			body.put("detail", detail);
		}
		return new ApiResponse(error.status(), headers(error, requestId), body);
	}

	/**
	 * A v1.0 error response: {@code error}, {@code message} and, when the error has one,
	 * {@code code}.
	 * @param error the error
	 * @return the response
	 */
	static ApiResponse v1(SimulatedError error) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", v1Name(error));
		body.put("message", error.description());
		if (error.code() != null) {
			body.put("code", error.code());
		}
		return new ApiResponse(error.status(), headers(error, ApiResponse.newRequestId()), body);
	}

	/**
	 * An OAuth error response, with {@code WWW-Authenticate} for client authentication
	 * failures.
	 * @param error the error
	 * @return the response definition
	 */
	static ResponseDefinition oauth(OAuthError error) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error.error());
		body.put("error_description", error.description());
		ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
			.withStatus(error.status())
			.withHeader("Content-Type", "application/json")
			.withHeader("Cache-Control", "no-store")
			.withBody(Json.toByteArray(body));
		if (error.status() == 401) {
			response.withHeader("WWW-Authenticate", "Basic realm=\"Smartcar\"");
		}
		return response.build();
	}

	private static Map<String, String> headers(SimulatedError error, String requestId) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(ApiResponse.REQUEST_ID, requestId);
		if (error.retryAfter() != null) {
			headers.put("retry-after", String.valueOf(ceilSeconds(error.retryAfter())));
		}
		return headers;
	}

	/**
	 * The v1.0 error name of an error type, as the v1.0 API and the SDKs' v1 tables name
	 * them.
	 */
	private static String v1Name(SimulatedError error) {
		return switch (error.type()) {
			case "RATE_LIMIT" -> "rate_limiting_error";
			case "BILLING" -> "monthly_limit_exceeded";
			case "UPSTREAM" -> "server_error";
			case "CONNECTED_SERVICES_ACCOUNT" -> "vehicle_owner_action_required";
			case "COMPATIBILITY" -> "SMARTCAR_NOT_CAPABLE".equals(error.code()) ? "smartcar_not_capable_error"
					: "vehicle_not_capable_error";
			default -> error.type().toLowerCase(Locale.ROOT) + "_error";
		};
	}

	private static long ceilSeconds(Duration duration) {
		return duration.plusNanos(999_999_999).getSeconds();
	}

	/**
	 * What Smartcar tells the developer and the user to do about an error type.
	 */
	private record Guidance(String resolution, String suggestedUserMessage) {

		static Guidance forType(String type) {
			return switch (type) {
				case "AUTHENTICATION", "PERMISSION" -> new Guidance("REAUTHENTICATE", "Please reconnect your vehicle.");
				case "RATE_LIMIT", "VEHICLE_STATE", "SERVER", "UPSTREAM" -> new Guidance("RETRY_LATER",
						"Your vehicle is temporarily unable to respond. Please try again later.");
				case "BILLING" -> new Guidance("CONTACT_SUPPORT", "Something went wrong. Please try again later.");
				// waiting does not help these: no "try again later"
				case "RESOURCE_NOT_FOUND" -> new Guidance(null, "This vehicle or feature is not available.");
				case "COMPATIBILITY" -> new Guidance(null, "Your vehicle does not support this feature.");
				case "VALIDATION" -> new Guidance(null, "Something went wrong with this request.");
				default -> new Guidance(null, "Something went wrong. Please try again later.");
			};
		}

	}

}
