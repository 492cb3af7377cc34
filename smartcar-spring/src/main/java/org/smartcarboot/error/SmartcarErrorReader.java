package org.smartcarboot.error;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarException.Resolution;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * Turns Smartcar's error responses, in any of its body formats (v2.0, v1.0, OAuth, v3),
 * responses that cannot be understood and failures to obtain a token into
 * {@link SmartcarException}s.
 */
public class SmartcarErrorReader {

	/**
	 * Response header carrying Smartcar's id of the request.
	 */
	public static final String REQUEST_ID_HEADER = "sc-request-id";

	private static final int MAX_QUOTED_BODY = 200;

	private static final Pattern BEARER_CREDENTIAL = Pattern.compile("(?i)(bearer|basic)\\s+[^\\s'\"]+");

	private final JsonMapper jsonMapper;

	/**
	 * Creates a reader.
	 * @param jsonMapper the mapper that parses error bodies
	 */
	public SmartcarErrorReader(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Returns the mapper that parses error bodies, for reading bodies that arrive inside
	 * another response, such as the items of a batch.
	 * @return the JSON mapper
	 */
	public JsonMapper jsonMapper() {
		return this.jsonMapper;
	}

	/**
	 * Reads an error response.
	 * @param status the response status
	 * @param headers the response headers
	 * @param body the response body, possibly empty
	 * @return the exception describing the error
	 */
	public SmartcarException read(HttpStatusCode status, HttpHeaders headers, byte[] body) {
		JsonNode json = parse(body);
		JsonNode error = json.path("errors").path(0).isObject() ? json.path("errors").path(0) : json;
		String requestId = firstText(text(error, "requestId"), headers.getFirst(REQUEST_ID_HEADER));
		String type = firstText(text(error, "type"), text(error, "error"));
		if (type == null) {
			return new SmartcarException(new SmartcarErrorDetails(status.value(), "UNKNOWN", null,
					"unexpected error response: " + quote(body), null, null, requestId, retryAfter(headers), null),
					null);
		}
		String description = firstText(text(error, "description"), text(error, "message"),
				text(error, "error_description"), text(error, "detail"), text(error, "title"));
		return new SmartcarException(new SmartcarErrorDetails(status.value(), type, text(error, "code"),
				(description != null) ? description : "no description", text(error, "docURL"), resolution(error),
				requestId, retryAfter(headers), text(error, "suggestedUserMessage")), null);
	}

	/**
	 * Describes a successful response whose body could not be read.
	 * @param status the response status
	 * @param headers the response headers
	 * @param problem what was wrong with the body
	 * @param cause the failure, or {@code null}
	 * @return the exception describing the response
	 */
	public SmartcarException unreadable(HttpStatusCode status, HttpHeaders headers, String problem,
			@Nullable Throwable cause) {
		return new SmartcarException(new SmartcarErrorDetails(status.value(), "UNREADABLE_RESPONSE", null,
				"Smartcar's response could not be read: " + problem, null, null, headers.getFirst(REQUEST_ID_HEADER),
				null, null), cause);
	}

	/**
	 * Describes a request that got no response.
	 * @param cause the I/O failure
	 * @return the exception describing the failure
	 */
	public SmartcarException noResponse(Exception cause) {
		return new SmartcarException(new SmartcarErrorDetails(0, "NO_RESPONSE", null,
				"Smartcar could not be reached: " + cause.getMessage(), null, null, null, null, null), cause);
	}

	/**
	 * Describes a failure to obtain an access token, such as a refresh token Smartcar
	 * rejected. Smartcar's description is left out because it can quote the token.
	 * @param failure the failure reported by Spring Security
	 * @return the exception describing the failure, with no cause attached
	 */
	public SmartcarException tokenFailure(OAuth2AuthorizationException failure) {
		String code = failure.getError().getErrorCode();
		boolean rejected = OAuth2ErrorCodes.INVALID_GRANT.equals(code);
		String description = rejected
				? "Smartcar rejected the stored refresh token; the driver must connect the vehicle again"
				: "Smartcar's token endpoint did not issue an access token";
		return new SmartcarException(new SmartcarErrorDetails(0, "AUTHENTICATION", code, description, null,
				new Resolution(rejected ? "REAUTHENTICATE" : "RETRY_LATER", null), null, null, null), null);
	}

	private JsonNode parse(byte[] body) {
		try {
			return this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			return this.jsonMapper.missingNode();
		}
	}

	private static @Nullable Resolution resolution(JsonNode error) {
		JsonNode resolution = error.path("resolution");
		if (resolution.isString()) {
			return new Resolution(resolution.stringValue(), null);
		}
		if (resolution.isObject()) {
			return new Resolution(text(resolution, "type"), text(resolution, "url"));
		}
		return null;
	}

	private static @Nullable Duration retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value != null && value.trim().matches("\\d{1,9}")) {
			return Duration.ofSeconds(Long.parseLong(value.trim()));
		}
		return null;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isString() || value.isNumber()) ? value.asString() : null;
	}

	private static @Nullable String firstText(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate;
			}
		}
		return null;
	}

	private static String quote(byte[] body) {
		if (body.length == 0) {
			return "(empty body)";
		}
		String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}+", " ").strip();
		text = BEARER_CREDENTIAL.matcher(text).replaceAll("$1 [redacted]");
		return "'" + ((text.length() > MAX_QUOTED_BODY) ? text.substring(0, MAX_QUOTED_BODY) + "..." : text) + "'";
	}

}
