package org.smartcarboot.error;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarException.FieldError;
import org.smartcarboot.error.SmartcarException.Resolution;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.UnknownContentTypeException;

/**
 * Turns Smartcar's error responses, in any of its body formats (v2.0, v1.0, OAuth, v3),
 * responses that cannot be understood and failures to obtain a token into
 * {@link SmartcarException}s of the subclass of their {@link SmartcarErrorCategory}.
 * <ul>
 * <li>v2.0 and v3 bodies map by their {@code type}; a type this library does not know
 * gives a plain {@code SmartcarException} of category {@code OTHER}.</li>
 * <li>v1.0 bodies ({@code error}, {@code message}, {@code code}) map by their error name,
 * else by their status, as the Python SDK 5.2.1 maps them.</li>
 * <li>OAuth bodies ({@code error}, {@code error_description}) map by their error code;
 * the exception's type is the category's name and its code the OAuth error code, on every
 * path (code exchange, refresh, API). Their description is never quoted, as Smartcar's
 * quotes the rejected token or code.</li>
 * <li>A body that is not one of these, and a response that cannot be read or never came,
 * give a {@link SmartcarNoUsableAnswerException} saying what came back.</li>
 * </ul>
 */
public class SmartcarErrorReader {

	/**
	 * Most bytes of an error body read; Smartcar's are far smaller, a proxy's error page
	 * may not be.
	 */
	public static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

	/**
	 * Response header carrying Smartcar's id of the request.
	 */
	public static final String REQUEST_ID_HEADER = "sc-request-id";

	/**
	 * Type of the errors whose response could not be read: not JSON, empty, malformed or
	 * missing a field.
	 */
	public static final String UNREADABLE_RESPONSE = "UNREADABLE_RESPONSE";

	/**
	 * Type of the errors where no response came: an I/O error or a timeout.
	 */
	public static final String NO_RESPONSE = "NO_RESPONSE";

	/**
	 * Spring Security's error code for a token endpoint answer that is not a token
	 * response.
	 */
	private static final String INVALID_TOKEN_RESPONSE = "invalid_token_response";

	private static final int MAX_QUOTED_BODY = 200;

	private static final int MAX_PROBLEM = 500;

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
	 * Reads an error response, at most its first {@value #MAX_ERROR_BODY_BYTES} bytes.
	 * @param response the response
	 * @return the exception describing the error
	 * @throws IOException when the body cannot be read
	 */
	public SmartcarException read(ClientHttpResponse response) throws IOException {
		return read(response.getStatusCode(), response.getHeaders(), errorBody(response));
	}

	/**
	 * Reads an error response of Smartcar's token endpoint, at most its first
	 * {@value #MAX_ERROR_BODY_BYTES} bytes, as
	 * {@link #tokenEndpointError(HttpStatusCode, HttpHeaders, byte[])} does.
	 * @param response the response
	 * @return the exception to throw from the token client
	 * @throws IOException when the body cannot be read
	 */
	public OAuth2AuthorizationException tokenEndpointError(ClientHttpResponse response) throws IOException {
		return tokenEndpointError(response.getStatusCode(), response.getHeaders(), errorBody(response));
	}

	private static byte[] errorBody(ClientHttpResponse response) throws IOException {
		return response.getBody().readNBytes(MAX_ERROR_BODY_BYTES);
	}

	/**
	 * Reads an error response.
	 * @param status the response status
	 * @param headers the response headers
	 * @param body the response body, possibly empty
	 * @return the exception describing the error
	 */
	public SmartcarException read(HttpStatusCode status, HttpHeaders headers, byte[] body) {
		ReadError error = readError(status.value(), headers, body);
		return error.category().exception(error.details(), null);
	}

	/**
	 * Reads an error response of Smartcar's token endpoint into the exception Spring
	 * Security's token clients throw. Its OAuth error code is the one of the body (so
	 * Spring Security forgets a rejected refresh token), or
	 * {@code invalid_token_response} for a body that is not an OAuth error; its cause is
	 * the {@link SmartcarException}, which {@link #tokenFailure} returns. Nothing of the
	 * body is quoted but the fields of a v2.0 body.
	 * @param status the response status
	 * @param headers the response headers
	 * @param body the response body, possibly empty
	 * @return the exception to throw from the token client
	 */
	public OAuth2AuthorizationException tokenEndpointError(HttpStatusCode status, HttpHeaders headers, byte[] body) {
		ReadError error = readError(status.value(), headers, body);
		SmartcarErrorDetails details = error.details();
		if (error.format() == Format.V1 || error.format() == Format.UNREADABLE) {
			details = new SmartcarErrorDetails(details.statusCode(), details.type(), details.code(),
					"Smartcar's token endpoint answered with " + summary(headers, body)
							+ ", not quoted as it may hold credentials",
					null, null, details.requestId(), details.retryAfter(), null);
		}
		SmartcarException exception = error.category().exception(details, null);
		String code = (error.format() == Format.OAUTH) ? details.code() : INVALID_TOKEN_RESPONSE;
		return new OAuth2AuthorizationException(new OAuth2Error(code, exception.getMessage(), details.docUrl()),
				exception);
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
		return SmartcarErrorCategory.NO_USABLE_ANSWER.exception(new SmartcarErrorDetails(status.value(),
				UNREADABLE_RESPONSE, null, "Smartcar's response could not be read: " + problem, null, null,
				headers.getFirst(REQUEST_ID_HEADER), null, null), cause);
	}

	/**
	 * Describes a successful response whose body could not be read, saying what came back
	 * from the failure to read it: the content type and the start of a body no converter
	 * reads, else the parser's message.
	 * @param status the response status
	 * @param headers the response headers
	 * @param cause the failure to read the body
	 * @return the exception describing the response, with the failure as its cause
	 */
	public SmartcarException unreadable(HttpStatusCode status, HttpHeaders headers, Throwable cause) {
		String problem;
		if (cause instanceof UnknownContentTypeException unknown) {
			problem = "unexpected content type " + unknown.getContentType() + ", body "
					+ quote(unknown.getResponseBody());
		}
		else {
			problem = sanitize(String.valueOf(NestedExceptionUtils.getMostSpecificCause(cause).getMessage()),
					MAX_PROBLEM);
		}
		return unreadable(status, headers, problem, cause);
	}

	/**
	 * Describes a request that got no response, saying whether it timed out.
	 * @param cause the I/O failure
	 * @return the exception describing the failure
	 */
	public SmartcarException noResponse(Exception cause) {
		String what = timedOut(cause) ? "Smartcar did not answer in time: " : "Smartcar could not be reached: ";
		return SmartcarErrorCategory.NO_USABLE_ANSWER.exception(
				new SmartcarErrorDetails(0, NO_RESPONSE, null, what + cause.getMessage(), null, null, null, null, null),
				cause);
	}

	/**
	 * Describes a failure to obtain an access token, such as a refresh token Smartcar
	 * rejected. When the token client read Smartcar's answer with
	 * {@link #tokenEndpointError}, that exception is returned, with Smartcar's status and
	 * fields; an I/O failure is a {@link #noResponse no response}. Otherwise (another
	 * token client) the exception is made from the OAuth error code alone, with status
	 * {@code 0}: Spring Security's description is left out because it can quote the
	 * token.
	 * @param failure the failure reported by Spring Security
	 * @return the exception describing the failure
	 */
	public SmartcarException tokenFailure(OAuth2AuthorizationException failure) {
		SmartcarException answered = causeOfType(failure, SmartcarException.class);
		if (answered != null) {
			return answered;
		}
		ResourceAccessException io = causeOfType(failure, ResourceAccessException.class);
		if (io != null) {
			return noResponse(io);
		}
		String code = failure.getError().getErrorCode();
		if (INVALID_TOKEN_RESPONSE.equals(code)) {
			// the cause is left out too: a parser's message can quote the token response
			return SmartcarErrorCategory.NO_USABLE_ANSWER.exception(new SmartcarErrorDetails(0, UNREADABLE_RESPONSE,
					null, "Smartcar's token endpoint did not answer with a usable token response", null, null, null,
					null, null), null);
		}
		ReadError error = oauthError(0, code, null, null, null);
		return error.category().exception(error.details(), null);
	}

	private ReadError readError(int status, HttpHeaders headers, byte[] body) {
		JsonNode json = parse(body);
		JsonNode error = json.path("errors").path(0).isObject() ? json.path("errors").path(0) : json;
		String requestId = firstText(text(error, "requestId"), headers.getFirst(REQUEST_ID_HEADER));
		Duration retryAfter = retryAfter(headers);
		String type = text(error, "type");
		String name = text(error, "error");
		if (type != null) {
			SmartcarErrorCategory category = SmartcarErrorCategory.ofType(type);
			String description = firstText(text(error, "description"), text(error, "detail"), text(error, "title"));
			return new ReadError((category != null) ? category : SmartcarErrorCategory.OTHER,
					new SmartcarErrorDetails(status, type, text(error, "code"), orNone(description),
							firstText(text(error, "docURL"), text(error.path("links"), "about")), resolution(error),
							requestId, retryAfter, text(error, "suggestedUserMessage"), fieldErrors(error)),
					Format.V2);
		}
		if (name != null && (error.has("error_description")
				|| (SmartcarErrorCategory.isOAuthError(name) && !error.has("message")))) {
			return oauthError(status, name, text(error, "error_uri"), requestId, retryAfter);
		}
		if (name != null) {
			return new ReadError(SmartcarErrorCategory.ofV1Error(name, status),
					new SmartcarErrorDetails(status, name, text(error, "code"), orNone(text(error, "message")),
							text(error, "docURL"), resolution(error), requestId, retryAfter,
							text(error, "suggestedUserMessage")),
					Format.V1);
		}
		return new ReadError(SmartcarErrorCategory.NO_USABLE_ANSWER,
				new SmartcarErrorDetails(status, UNREADABLE_RESPONSE, null,
						"Smartcar's error response could not be read: " + quote(body), null, null, requestId,
						retryAfter, null),
				Format.UNREADABLE);
	}

	/**
	 * Reads an OAuth error the same way on every path. Its description is this library's,
	 * never Smartcar's, which can quote the token or code it rejected.
	 */
	private static ReadError oauthError(int status, String error, @Nullable String errorUri, @Nullable String requestId,
			@Nullable Duration retryAfter) {
		SmartcarErrorCategory category = SmartcarErrorCategory.ofOAuthError(error, status);
		String description = switch (error) {
			case OAuth2ErrorCodes.INVALID_GRANT ->
				"Smartcar rejected the authorization code or refresh token (expired, revoked, used already, "
						+ "or issued for another redirect URI); the driver must connect the vehicle again";
			case OAuth2ErrorCodes.INVALID_CLIENT -> "Smartcar did not accept the client id and client secret";
			case OAuth2ErrorCodes.ACCESS_DENIED -> "the driver did not grant access";
			default -> "Smartcar's authorization server refused the request";
		};
		String resolution = switch (error) {
			case OAuth2ErrorCodes.INVALID_GRANT -> "REAUTHENTICATE";
			case OAuth2ErrorCodes.SERVER_ERROR, OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE -> "RETRY_LATER";
			default -> null;
		};
		String type = (category != SmartcarErrorCategory.OTHER) ? category.name() : "OAUTH";
		return new ReadError(category,
				new SmartcarErrorDetails(status, type, error, description, errorUri,
						(resolution != null) ? new Resolution(resolution, null) : null, requestId, retryAfter, null),
				Format.OAUTH);
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

	/**
	 * Reads the {@code detail} list of a v2.0 validation error; the v3 {@code detail} is
	 * a string, read as the description.
	 */
	private static List<FieldError> fieldErrors(JsonNode error) {
		List<FieldError> fieldErrors = new ArrayList<>();
		for (JsonNode item : error.path("detail")) {
			List<String> field = new ArrayList<>();
			JsonNode path = item.path("field");
			if (path.isArray()) {
				path.forEach((segment) -> field.add(segment.asString()));
			}
			else if (text(item, "field") != null) {
				field.add(text(item, "field"));
			}
			fieldErrors.add(new FieldError(field, orNone(text(item, "message"))));
		}
		return fieldErrors;
	}

	private static @Nullable Duration retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value != null && value.trim().matches("\\d{1,9}")) {
			return Duration.ofSeconds(Long.parseLong(value.trim()));
		}
		return null;
	}

	private static boolean timedOut(Throwable failure) {
		return causeOfType(failure, HttpTimeoutException.class) != null
				|| causeOfType(failure, InterruptedIOException.class) != null
				|| causeOfType(failure, TimeoutException.class) != null;
	}

	private static <T extends Throwable> @Nullable T causeOfType(Throwable failure, Class<T> type) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 20; depth++) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = current.getCause();
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

	private static String orNone(@Nullable String description) {
		return (description != null) ? description : "no description";
	}

	private static String summary(HttpHeaders headers, byte[] body) {
		if (body.length == 0) {
			return "an empty body";
		}
		return "a body of " + body.length + " bytes"
				+ ((headers.getContentType() != null) ? " of type " + headers.getContentType() : "");
	}

	private static String quote(byte[] body) {
		if (body.length == 0) {
			return "(empty body)";
		}
		return "'" + sanitize(new String(body, StandardCharsets.UTF_8), MAX_QUOTED_BODY) + "'";
	}

	private static String sanitize(String text, int maxLength) {
		String clean = text.replaceAll("\\p{Cntrl}+", " ").strip();
		clean = BEARER_CREDENTIAL.matcher(clean).replaceAll("$1 [redacted]");
		return (clean.length() > maxLength) ? clean.substring(0, maxLength) + "..." : clean;
	}

	/**
	 * An error body as read: its category, its fields and its format.
	 */
	private record ReadError(SmartcarErrorCategory category, SmartcarErrorDetails details, Format format) {

	}

	/**
	 * The formats of Smartcar's error bodies; v2 stands for v3 too.
	 */
	private enum Format {

		V2, V1, OAUTH, UNREADABLE

	}

}
