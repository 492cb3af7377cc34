package org.smartcarboot.error;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcarboot.error.SmartcarException.FieldError;
import org.smartcarboot.error.SmartcarException.Resolution;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.UnknownContentTypeException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SmartcarErrorReader} on each of Smartcar's error body formats, with
 * the error bodies recorded from Smartcar by its Java SDK.
 */
class SmartcarErrorReaderTests {

	private static final String REQUEST_ID = "5dea93a1-3f79-4246-90c5-89610a20471b";

	private static final String PERMISSION_DESCRIPTION = "Your application has insufficient permissions to access "
			+ "the requested resource. Please prompt the user to re-authenticate using Smartcar Connect.";

	private static final String PERMISSION_DOC = "https://smartcar.com/docs/errors/v2.0/other-errors/#permission";

	private final SmartcarErrorReader reader = new SmartcarErrorReader(new JsonMapper());

	@Test
	void readsTheRecordedV1PermissionError() {
		SmartcarException ex = this.reader.read(HttpStatus.FORBIDDEN, requestIdHeader("req-1"),
				fixture("ErrorPermissionV1.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarPermissionException.class);
		assertThat(ex.getCategory()).isEqualTo(SmartcarErrorCategory.PERMISSION);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(403, "permission_error", null,
				"Insufficient permissions to access requested resource.", null, null, "req-1", null, null));
		assertThat(ex.getMessage()).isEqualTo(
				"403 permission_error - Insufficient permissions to access requested resource. (request id req-1)");
	}

	@Test
	void readsTheRecordedV2PermissionErrorWithAResolutionString() {
		SmartcarException ex = this.reader.read(HttpStatus.FORBIDDEN, new HttpHeaders(),
				fixture("ErrorPermissionV2.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarPermissionException.class);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(403, "PERMISSION", null, PERMISSION_DESCRIPTION,
				PERMISSION_DOC, new Resolution("REAUTHENTICATE", null), REQUEST_ID, null, null));
		assertThat(ex.isReauthenticationRequired()).isTrue();
		assertThat(ex.getMessage())
			.isEqualTo("403 PERMISSION - " + PERMISSION_DESCRIPTION + " (request id " + REQUEST_ID + ")");
	}

	@Test
	void readsTheRecordedV1VehicleStateErrorWithItsCode() {
		SmartcarException ex = this.reader.read(HttpStatus.CONFLICT, requestIdHeader("req-7"),
				fixture("ErrorVehicleStateV1.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarVehicleStateException.class);
		assertThat(ex.getCategory()).isEqualTo(SmartcarErrorCategory.VEHICLE_STATE);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(409, "vehicle_state_error", "VS_000",
				"Vehicle state cannot be determined.", null, null, "req-7", null, null));
	}

	@Test
	void readsTheRecordedV2VehicleStateErrorWithANullResolution() {
		SmartcarException ex = this.reader.read(HttpStatus.CONFLICT, new HttpHeaders(),
				fixture("ErrorVehicleStateV2.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarVehicleStateException.class);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(409, "VEHICLE_STATE", "ASLEEP",
				"The vehicle is in a sleep state and temporarily unable to perform your request.",
				"https://smartcar.com/docs/errors/v2.0/vehicle-state/#asleep", null, REQUEST_ID, null, null));
		assertThat(ex.isReauthenticationRequired()).isFalse();
		assertThat(ex.getMessage()).startsWith("409 VEHICLE_STATE:ASLEEP - The vehicle is in a sleep state");
	}

	@Test
	void readsTheRecordedV2ValidationErrorWithItsDetail() {
		SmartcarException ex = this.reader.read(HttpStatus.BAD_REQUEST, new HttpHeaders(),
				fixture("ErrorValidationV2.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarValidationException.class);
		assertThat(ex.getCategory()).isEqualTo(SmartcarErrorCategory.VALIDATION);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(400, "VALIDATION", null,
				"Request invalid or malformed. Please check for missing parameters, spelling and casing mistakes, "
						+ "and other syntax issues.",
				"https://smartcar.com/docs/errors/v2.0/other-errors/#validation", null, REQUEST_ID, null, null,
				List.of(new FieldError(List.of("requests"), "\"requests\" is required"),
						new FieldError(List.of("request"), "\"request\" is not allowed"))));
	}

	@Test
	void readsTheRecordedVehicleRateLimitWithRetryAfter() {
		HttpHeaders headers = new HttpHeaders();
		headers.add("retry-after", "12345");
		SmartcarException ex = this.reader.read(HttpStatus.TOO_MANY_REQUESTS, headers,
				fixture("ErrorVehicleRateLimit.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarRateLimitException.class);
		assertThat(ex.getCategory()).isEqualTo(SmartcarErrorCategory.RATE_LIMIT);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(429, "RATE_LIMIT", "VEHICLE",
				"You have reached the throttling rate limit for this vehicle. Please see the retry-after header "
						+ "(seconds) for when to retry the request.",
				"https://smartcar.com/docs/errors/v2.0/upstream/#vehicle_rate_limit",
				new Resolution("RETRY_LATER", null), REQUEST_ID, Duration.ofSeconds(12345),
				"Your vehicle is temporarily unable to connect to KabobMobile. "
						+ "Please be patient while we\u2019re working to resolve this issue."));
		assertThat(ex.getDetail()).isEmpty();
	}

	@Test
	void readsTheRecordedResolutionObjectWithTypeAndUrl() {
		SmartcarException ex = this.reader.read(HttpStatus.FORBIDDEN, new HttpHeaders(),
				fixture("ErrorResolutionObject.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarPermissionException.class);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(403, "PERMISSION", null, PERMISSION_DESCRIPTION,
				PERMISSION_DOC, new Resolution("REAUTHENTICATE", "https://example.com"), REQUEST_ID, null, null));
		assertThat(ex.isReauthenticationRequired()).isTrue();
	}

	@Test
	void readsTheRecordedResolutionObjectWithTypeOnly() {
		SmartcarException ex = this.reader.read(HttpStatus.FORBIDDEN, new HttpHeaders(),
				fixture("ErrorResolutionObject2.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarPermissionException.class);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(403, "PERMISSION", null, PERMISSION_DESCRIPTION,
				PERMISSION_DOC, new Resolution("REAUTHENTICATE", null), REQUEST_ID, null, null));
	}

	@Test
	void readsTheRecordedResolutionObjectWithANullType() {
		SmartcarException ex = this.reader.read(HttpStatus.FORBIDDEN, new HttpHeaders(),
				fixture("ErrorResolutionObject3.json"));

		assertThat(ex).isExactlyInstanceOf(SmartcarPermissionException.class);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(403, "PERMISSION", null, PERMISSION_DESCRIPTION,
				PERMISSION_DOC, new Resolution(null, null), REQUEST_ID, null, null));
		assertThat(ex.isReauthenticationRequired()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "AUTHENTICATION, 401, SmartcarAuthenticationException", "PERMISSION, 403, SmartcarPermissionException",
			"RATE_LIMIT, 429, SmartcarRateLimitException", "VEHICLE_STATE, 409, SmartcarVehicleStateException",
			"COMPATIBILITY, 501, SmartcarCompatibilityException", "VALIDATION, 400, SmartcarValidationException",
			"RESOURCE_NOT_FOUND, 404, SmartcarResourceNotFoundException", "BILLING, 430, SmartcarBillingException",
			"CONNECTED_SERVICES_ACCOUNT, 400, SmartcarConnectedServicesAccountException",
			"SERVER, 500, SmartcarServerException", "UPSTREAM, 502, SmartcarServerException",
			"SOMETHING_NEW, 400, SmartcarException" })
	void mapsEachV2TypeToItsClass(String type, int status, String exceptionClass) {
		SmartcarException ex = read(HttpStatusCode.valueOf(status), new HttpHeaders(),
				"{\"type\":\"" + type + "\",\"code\":\"X\",\"description\":\"d\"}");

		assertThat(ex.getClass().getSimpleName()).isEqualTo(exceptionClass);
		assertThat(ex.getType()).isEqualTo(type);
		assertThat(ex.getStatusCode()).isEqualTo(status);
		assertThat(ex.getCategory()).isEqualTo("SmartcarException".equals(exceptionClass) ? SmartcarErrorCategory.OTHER
				: SmartcarErrorCategory.valueOf(type.replace("UPSTREAM", "SERVER")));
	}

	@ParameterizedTest
	@CsvSource({ "400, SmartcarValidationException", "401, SmartcarAuthenticationException",
			"403, SmartcarPermissionException", "404, SmartcarResourceNotFoundException",
			"409, SmartcarVehicleStateException", "429, SmartcarRateLimitException", "430, SmartcarBillingException",
			"500, SmartcarServerException", "501, SmartcarCompatibilityException", "504, SmartcarServerException",
			"460, SmartcarServerException", "418, SmartcarException" })
	void mapsAV1ErrorOfAnUnknownNameByItsStatus(int status, String exceptionClass) {
		SmartcarException ex = read(HttpStatusCode.valueOf(status), new HttpHeaders(),
				"{\"error\":\"some_new_error\",\"message\":\"Something happened.\"}");

		assertThat(ex.getClass().getSimpleName()).isEqualTo(exceptionClass);
		assertThat(ex.getType()).isEqualTo("some_new_error");
		assertThat(ex.getDescription()).isEqualTo("Something happened.");
	}

	@ParameterizedTest
	@CsvSource({ "validation_error, 400, SmartcarValidationException",
			"authentication_error, 401, SmartcarAuthenticationException",
			"resource_not_found_error, 404, SmartcarResourceNotFoundException",
			"rate_limiting_error, 429, SmartcarRateLimitException",
			"monthly_limit_exceeded, 430, SmartcarBillingException", "server_error, 500, SmartcarServerException",
			"vehicle_not_capable_error, 501, SmartcarCompatibilityException",
			"smartcar_not_capable_error, 501, SmartcarCompatibilityException",
			"vehicle_owner_action_required, 400, SmartcarConnectedServicesAccountException" })
	void mapsV1ErrorNames(String error, int status, String exceptionClass) {
		SmartcarException ex = read(HttpStatusCode.valueOf(status), new HttpHeaders(),
				"{\"error\":\"" + error + "\",\"message\":\"m\",\"code\":\"C_1\"}");

		assertThat(ex.getClass().getSimpleName()).isEqualTo(exceptionClass);
		assertThat(ex.getType()).isEqualTo(error);
		assertThat(ex.getCode()).isEqualTo("C_1");
	}

	@Test
	void aV1ErrorNameWinsOverItsStatus() {
		SmartcarException ex = read(HttpStatus.BAD_REQUEST, new HttpHeaders(),
				"{\"error\":\"vehicle_owner_action_required\",\"message\":\"Accept the terms.\",\"code\":\"VOA_000\"}");

		assertThat(ex).isExactlyInstanceOf(SmartcarConnectedServicesAccountException.class);
	}

	@Test
	void readsAnOAuthErrorWithoutQuotingItsDescription() {
		SmartcarException ex = read(HttpStatus.BAD_REQUEST, new HttpHeaders(), """
				{"error":"invalid_grant","error_description":"Invalid refresh_token: secret-refresh-token."}
				""");

		assertThat(ex).isExactlyInstanceOf(SmartcarAuthenticationException.class);
		assertThat(ex.getStatusCode()).isEqualTo(400);
		assertThat(ex.getType()).isEqualTo("AUTHENTICATION");
		assertThat(ex.getCode()).isEqualTo("invalid_grant");
		assertThat(ex.getResolution()).isEqualTo(new Resolution("REAUTHENTICATE", null));
		assertThat(ex.isReauthenticationRequired()).isTrue();
		assertThat(ex.getDescription()).startsWith("Smartcar rejected the authorization code or refresh token");
		assertThat(ex.getMessage()).startsWith("400 AUTHENTICATION:invalid_grant - ")
			.doesNotContain("secret-refresh-token");
	}

	@ParameterizedTest
	@CsvSource({ "invalid_client, 401, SmartcarAuthenticationException, AUTHENTICATION",
			"invalid_request, 400, SmartcarValidationException, VALIDATION",
			"unsupported_grant_type, 400, SmartcarValidationException, VALIDATION",
			"server_error, 500, SmartcarServerException, SERVER", "something_else, 418, SmartcarException, OAUTH" })
	void mapsOAuthErrorCodes(String error, int status, String exceptionClass, String type) {
		SmartcarException ex = read(HttpStatusCode.valueOf(status), new HttpHeaders(),
				"{\"error\":\"" + error + "\",\"error_description\":\"Missing parameter: code=abc.\"}");

		assertThat(ex.getClass().getSimpleName()).isEqualTo(exceptionClass);
		assertThat(ex.getType()).isEqualTo(type);
		assertThat(ex.getCode()).isEqualTo(error);
		assertThat(ex.getMessage()).doesNotContain("abc");
	}

	@Test
	void readsTheFirstErrorOfAV3Body() {
		SmartcarException ex = read(HttpStatus.BAD_GATEWAY, new HttpHeaders(), """
				{"errors":[{"status":"502","type":"UPSTREAM","code":"NO_RESPONSE","title":"No response",
				 "detail":"The vehicle did not respond.","links":{"about":"https://smartcar.com/docs/upstream"},
				 "resolution":{"type":"RETRY_LATER"},"suggestedUserMessage":"Try later."}]}
				""");

		assertThat(ex).isExactlyInstanceOf(SmartcarServerException.class);
		assertThat(fieldsOf(ex)).isEqualTo(new SmartcarErrorDetails(502, "UPSTREAM", "NO_RESPONSE",
				"The vehicle did not respond.", "https://smartcar.com/docs/upstream",
				new Resolution("RETRY_LATER", null), null, null, "Try later."));
	}

	@Test
	void aBodyThatIsNotJsonIsNoUsableAnswerQuotingIt() {
		SmartcarException ex = read(HttpStatus.BAD_GATEWAY, requestIdHeader("req-9"),
				"<html><body>Bad\ngateway</body></html>");

		assertThat(ex).isExactlyInstanceOf(SmartcarNoUsableAnswerException.class);
		assertThat(ex.getCategory()).isEqualTo(SmartcarErrorCategory.NO_USABLE_ANSWER);
		assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.UNREADABLE_RESPONSE);
		assertThat(ex.getRequestId()).isEqualTo("req-9");
		assertThat(ex.getMessage()).isEqualTo("502 UNREADABLE_RESPONSE - Smartcar's error response could not be read: "
				+ "'<html><body>Bad gateway</body></html>' (request id req-9)");
	}

	@Test
	void anEmptyBodyIsNoUsableAnswerAndAMalformedRetryAfterIsIgnored() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.RETRY_AFTER, "soon");
		SmartcarException ex = read(HttpStatus.SERVICE_UNAVAILABLE, headers, "");

		assertThat(ex).isExactlyInstanceOf(SmartcarNoUsableAnswerException.class);
		assertThat(ex.getDescription()).isEqualTo("Smartcar's error response could not be read: (empty body)");
		assertThat(ex.getRetryAfter()).isNull();
	}

	@Test
	void malformedJsonAndJsonWithoutATypeAreNoUsableAnswer() {
		assertThat(read(HttpStatus.INTERNAL_SERVER_ERROR, new HttpHeaders(), "{\"type\":\"SERV"))
			.isExactlyInstanceOf(SmartcarNoUsableAnswerException.class)
			.hasMessageContaining("'{\"type\":\"SERV'");
		assertThat(read(HttpStatus.INTERNAL_SERVER_ERROR, new HttpHeaders(), "{\"message\":\"Internal error\"}"))
			.isExactlyInstanceOf(SmartcarNoUsableAnswerException.class)
			.hasMessageContaining("Internal error");
	}

	@Test
	void cutsALongBody() {
		SmartcarException ex = read(HttpStatus.INTERNAL_SERVER_ERROR, new HttpHeaders(), "x".repeat(5000));

		assertThat(ex.getDescription()).hasSizeLessThan(300).endsWith("...'");
	}

	@Test
	void anUnreadableSuccessSaysWhichContentTypeAndBodyCameBack() {
		HttpHeaders headers = requestIdHeader("req-3");
		UnknownContentTypeException failure = new UnknownContentTypeException(Object.class, MediaType.TEXT_HTML, 200,
				"OK", headers, "<p>maintenance</p>".getBytes(StandardCharsets.UTF_8));

		SmartcarException ex = this.reader.unreadable(HttpStatus.OK, headers, failure);

		assertThat(ex).isExactlyInstanceOf(SmartcarNoUsableAnswerException.class).hasCause(failure);
		assertThat(ex.getMessage()).isEqualTo("200 UNREADABLE_RESPONSE - Smartcar's response could not be read: "
				+ "unexpected content type text/html, body '<p>maintenance</p>' (request id req-3)");
	}

	@Test
	void noResponseSaysWhetherItTimedOut() {
		ResourceAccessException timeout = new ResourceAccessException("I/O error on GET: Read timed out",
				new SocketTimeoutException("Read timed out"));
		ResourceAccessException refused = new ResourceAccessException("I/O error on GET: Connection refused",
				new ConnectException("Connection refused"));

		assertThat(this.reader.noResponse(timeout)).isExactlyInstanceOf(SmartcarNoUsableAnswerException.class)
			.hasCause(timeout)
			.hasMessage("NO_RESPONSE - Smartcar did not answer in time: I/O error on GET: Read timed out");
		assertThat(this.reader.noResponse(refused).getDescription())
			.isEqualTo("Smartcar could not be reached: I/O error on GET: Connection refused");
	}

	@Test
	void aRefusedRefreshAtTheTokenEndpointKeepsSmartcarsStatusAndQuotesNoToken() {
		OAuth2AuthorizationException failure = this.reader.tokenEndpointError(HttpStatus.BAD_REQUEST, new HttpHeaders(),
				bytes("{\"error\":\"invalid_grant\","
						+ "\"error_description\":\"Invalid refresh_token: secret-refresh-token.\"}"));

		assertThat(failure.getError().getErrorCode()).isEqualTo("invalid_grant");
		assertThat(failure).hasMessageNotContaining("secret-refresh-token");
		assertThat(failure.getError().getDescription()).doesNotContain("secret-refresh-token");
		SmartcarException ex = this.reader.tokenFailure(failure);
		assertThat(ex).isSameAs(failure.getCause()).isExactlyInstanceOf(SmartcarAuthenticationException.class);
		assertThat(ex.getStatusCode()).isEqualTo(400);
		assertThat(ex.getType()).isEqualTo("AUTHENTICATION");
		assertThat(ex.getCode()).isEqualTo("invalid_grant");
		assertThat(ex.isReauthenticationRequired()).isTrue();
	}

	@Test
	void aTokenEndpointAnswerThatIsNoOAuthErrorIsNotQuoted() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.TEXT_HTML);
		OAuth2AuthorizationException failure = this.reader.tokenEndpointError(HttpStatus.BAD_GATEWAY, headers,
				bytes("<p>refresh_token=secret-refresh-token</p>"));

		assertThat(failure.getError().getErrorCode()).isEqualTo("invalid_token_response");
		SmartcarException ex = this.reader.tokenFailure(failure);
		assertThat(ex).isExactlyInstanceOf(SmartcarNoUsableAnswerException.class);
		assertThat(ex.getStatusCode()).isEqualTo(502);
		assertThat(ex.getMessage())
			.isEqualTo("502 UNREADABLE_RESPONSE - Smartcar's token endpoint answered with "
					+ "a body of 41 bytes of type text/html, not quoted as it may hold credentials")
			.doesNotContain("secret-refresh-token");
	}

	@Test
	void aTokenFailureWithoutSmartcarsAnswerIsReadFromItsCodeAlone() {
		OAuth2AuthorizationException rejected = new OAuth2AuthorizationException(
				new OAuth2Error("invalid_grant", "Invalid refresh_token: secret-refresh-token.", null));
		OAuth2AuthorizationException unreadable = new OAuth2AuthorizationException(
				new OAuth2Error("invalid_token_response", "Unrecognized token 'secret-access-token'", null),
				new IllegalStateException("Unrecognized token 'secret-access-token'"));
		ResourceAccessException io = new ResourceAccessException("I/O error on POST: Connection refused",
				new ConnectException("Connection refused"));
		OAuth2AuthorizationException unreachable = new OAuth2AuthorizationException(
				new OAuth2Error("invalid_token_response", "An error occurred: " + io.getMessage(), null), io);

		assertThat(this.reader.tokenFailure(rejected)).isExactlyInstanceOf(SmartcarAuthenticationException.class)
			.hasNoCause()
			.hasMessageStartingWith("AUTHENTICATION:invalid_grant - Smartcar rejected")
			.hasMessageNotContaining("secret-refresh-token")
			.satisfies((ex) -> assertThat(ex.isReauthenticationRequired()).isTrue());
		assertThat(this.reader.tokenFailure(unreadable)).isExactlyInstanceOf(SmartcarNoUsableAnswerException.class)
			.hasNoCause()
			.hasMessageNotContaining("secret-access-token")
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.UNREADABLE_RESPONSE));
		assertThat(this.reader.tokenFailure(unreachable)).isExactlyInstanceOf(SmartcarNoUsableAnswerException.class)
			.hasCause(io)
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.NO_RESPONSE));
	}

	private SmartcarException read(HttpStatusCode status, HttpHeaders headers, String body) {
		return this.reader.read(status, headers, bytes(body));
	}

	private static SmartcarErrorDetails fieldsOf(SmartcarException ex) {
		return new SmartcarErrorDetails(ex.getStatusCode(), ex.getType(), ex.getCode(), ex.getDescription(),
				ex.getDocUrl(), ex.getResolution(), ex.getRequestId(), ex.getRetryAfter(), ex.getSuggestedUserMessage(),
				ex.getDetail());
	}

	private static HttpHeaders requestIdHeader(String requestId) {
		HttpHeaders headers = new HttpHeaders();
		headers.add(SmartcarErrorReader.REQUEST_ID_HEADER, requestId);
		return headers;
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads a body recorded from Smartcar by its Java SDK.
	 * @param name the file name
	 * @return the body
	 */
	static byte[] fixture(String name) {
		try (InputStream in = SmartcarErrorReaderTests.class
			.getResourceAsStream("/fixtures/smartcar-java-sdk/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
