package org.smartcarboot.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * Renders error responses: Smartcar v2.0 error bodies for the vehicle API and OAuth error
 * bodies for the token endpoint.
 */
final class ErrorBodies {

	/**
	 * A JSON {@code null}. WireMock's mapper leaves out {@code null} values, but the v2.0
	 * body always carries its keys.
	 */
	private static final Object JSON_NULL = Json.node("null");

	private static final String DOC_URL_PREFIX = "https://smartcar.com/docs/errors/api-errors/";

	private ErrorBodies() {
	}

	/**
	 * A v2.0 error response with a fresh request id in the body and the
	 * {@code sc-request-id} header, plus {@code retry-after} when the error has one.
	 * @param error the error
	 * @return the response definition
	 */
	static ResponseDefinition v2(SimulatedError error) {
		String requestId = UUID.randomUUID().toString();
		Guidance guidance = Guidance.forType(error.type());
		Map<String, Object> resolution = new LinkedHashMap<>();
		resolution.put("type", orJsonNull(guidance.resolution()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", error.type());
		body.put("code", orJsonNull(error.code()));
		body.put("description", error.description());
		body.put("docURL", DOC_URL_PREFIX + error.type().toLowerCase(Locale.ROOT).replace('_', '-') + "-errors");
		body.put("statusCode", error.status());
		body.put("requestId", requestId);
		body.put("resolution", resolution);
		body.put("suggestedUserMessage", guidance.suggestedUserMessage());
		ResponseDefinitionBuilder response = json(error.status(), body).withHeader("sc-request-id", requestId);
		if (error.retryAfter() != null) {
			response.withHeader("retry-after", String.valueOf(ceilSeconds(error.retryAfter())));
		}
		return response.build();
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
		ResponseDefinitionBuilder response = json(error.status(), body).withHeader("Cache-Control", "no-store");
		if (error.status() == 401) {
			response.withHeader("WWW-Authenticate", "Basic realm=\"Smartcar\"");
		}
		return response.build();
	}

	private static ResponseDefinitionBuilder json(int status, Map<String, Object> body) {
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(Json.toByteArray(body));
	}

	private static Object orJsonNull(String value) {
		return (value != null) ? value : JSON_NULL;
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
				default -> new Guidance(null, "Something went wrong. Please try again later.");
			};
		}

	}

}
