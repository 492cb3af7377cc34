package org.smartcarboot.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * A JSON response of the simulated APIs, before it is rendered: as an HTTP response, or
 * as one item of a batch response.
 *
 * @param status the HTTP status
 * @param headers the response headers besides {@code Content-Type}
 * @param body the body, serialized to JSON
 */
record ApiResponse(int status, Map<String, String> headers, Object body) {

	/**
	 * A JSON {@code null}. WireMock's mapper leaves out {@code null} values, but
	 * Smartcar's bodies carry some keys with a {@code null} value.
	 */
	private static final Object JSON_NULL = Json.node("null");

	/**
	 * The header with Smartcar's request id.
	 */
	static final String REQUEST_ID = "sc-request-id";

	private static final Duration DATA_AGE = Duration.ofMinutes(3);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	ApiResponse {
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	/**
	 * A 200 response with a fresh {@code sc-request-id}.
	 * @param body the body
	 * @return the response
	 */
	static ApiResponse ok(Object body) {
		return new ApiResponse(200, Map.of(REQUEST_ID, newRequestId()), body);
	}

	/**
	 * A 200 response of the vehicle API: {@code sc-request-id}, {@code sc-data-age} (a
	 * few minutes ago), {@code sc-fetched-at} (now) and {@code sc-unit-system}.
	 * @param body the body
	 * @param units the unit system of the body's values
	 * @return the response
	 */
	static ApiResponse vehicleData(Object body, UnitSystem units) {
		Instant now = Instant.now();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(REQUEST_ID, newRequestId());
		headers.put("sc-data-age", timestamp(now.minus(DATA_AGE)));
		headers.put("sc-fetched-at", timestamp(now));
		headers.put(UnitSystem.HEADER, units.headerValue());
		return new ApiResponse(200, headers, body);
	}

	static String newRequestId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Formats an instant as Smartcar does, for example {@code 2024-05-01T12:00:00.000Z}.
	 * @param instant the instant
	 * @return the timestamp
	 */
	static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	/**
	 * A value for a body that must keep its key when the value is {@code null}.
	 * @param value the value, may be {@code null}
	 * @return the value, or a JSON {@code null}
	 */
	static Object nullable(Object value) {
		return (value != null) ? value : JSON_NULL;
	}

	/**
	 * Renders this response as WireMock serves it, with
	 * {@code Content-Type: application/json}.
	 * @return the response definition
	 */
	ResponseDefinition toDefinition() {
		ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
			.withStatus(this.status)
			.withHeader("Content-Type", "application/json");
		this.headers.forEach(response::withHeader);
		return response.withBody(Json.toByteArray(this.body)).build();
	}

}
