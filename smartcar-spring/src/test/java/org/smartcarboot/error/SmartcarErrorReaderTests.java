package org.smartcarboot.error;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SmartcarErrorReader} on each of Smartcar's error body formats.
 */
class SmartcarErrorReaderTests {

	private final SmartcarErrorReader reader = new SmartcarErrorReader(new JsonMapper());

	@Test
	void readsAV2BodyWithAResolutionObjectAndRetryAfter() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.RETRY_AFTER, "12345");
		SmartcarException ex = read(HttpStatus.TOO_MANY_REQUESTS, headers, """
				{"type":"RATE_LIMIT","code":"VEHICLE","description":"Throttled.",
				 "docURL":"https://smartcar.com/docs/errors/v2.0/upstream/#vehicle_rate_limit","statusCode":429,
				 "requestId":"5dea93a1","resolution":{"type":"RETRY_LATER"},
				 "suggestedUserMessage":"Please be patient."}
				""");
		assertThat(ex.getStatusCode()).isEqualTo(429);
		assertThat(ex.getType()).isEqualTo("RATE_LIMIT");
		assertThat(ex.getCode()).isEqualTo("VEHICLE");
		assertThat(ex.getDescription()).isEqualTo("Throttled.");
		assertThat(ex.getDocUrl()).isEqualTo("https://smartcar.com/docs/errors/v2.0/upstream/#vehicle_rate_limit");
		assertThat(ex.getResolution()).isEqualTo(new SmartcarException.Resolution("RETRY_LATER", null));
		assertThat(ex.getRequestId()).isEqualTo("5dea93a1");
		assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(12345));
		assertThat(ex.getSuggestedUserMessage()).isEqualTo("Please be patient.");
		assertThat(ex.getMessage()).isEqualTo("429 RATE_LIMIT:VEHICLE - Throttled. (request id 5dea93a1)");
	}

	@Test
	void readsAV2BodyWithNullCodeAndAResolutionString() {
		SmartcarException ex = read(HttpStatus.FORBIDDEN, new HttpHeaders(),
				"""
						{"type":"PERMISSION","code":null,"description":"Insufficient permissions.","resolution":"REAUTHENTICATE"}
						""");
		assertThat(ex.getCode()).isNull();
		assertThat(ex.getResolution()).isEqualTo(new SmartcarException.Resolution("REAUTHENTICATE", null));
		assertThat(ex.getRequestId()).isNull();
		assertThat(ex.getMessage()).isEqualTo("403 PERMISSION - Insufficient permissions.");
	}

	@Test
	void readsAV1BodyAndTakesTheRequestIdFromTheHeader() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(SmartcarErrorReader.REQUEST_ID_HEADER, "req-7");
		SmartcarException ex = read(HttpStatus.CONFLICT, headers, """
				{"error":"vehicle_state_error","message":"Vehicle is asleep.","code":"VS_000"}
				""");
		assertThat(ex.getType()).isEqualTo("vehicle_state_error");
		assertThat(ex.getCode()).isEqualTo("VS_000");
		assertThat(ex.getDescription()).isEqualTo("Vehicle is asleep.");
		assertThat(ex.getRequestId()).isEqualTo("req-7");
	}

	@Test
	void readsAnOAuthErrorBody() {
		SmartcarException ex = read(HttpStatus.BAD_REQUEST, new HttpHeaders(), """
				{"error":"invalid_grant","error_description":"Invalid refresh_token."}
				""");
		assertThat(ex.getType()).isEqualTo("invalid_grant");
		assertThat(ex.getDescription()).isEqualTo("Invalid refresh_token.");
	}

	@Test
	void readsTheFirstErrorOfAV3Body() {
		SmartcarException ex = read(HttpStatus.BAD_GATEWAY, new HttpHeaders(), """
				{"errors":[{"status":"502","type":"UPSTREAM","code":"NO_RESPONSE","title":"No response",
				 "detail":"The vehicle did not respond.","resolution":{"type":"RETRY_LATER"}}]}
				""");
		assertThat(ex.getType()).isEqualTo("UPSTREAM");
		assertThat(ex.getCode()).isEqualTo("NO_RESPONSE");
		assertThat(ex.getDescription()).isEqualTo("The vehicle did not respond.");
		assertThat(ex.getResolution().type()).isEqualTo("RETRY_LATER");
	}

	@Test
	void quotesABodyThatIsNotJson() {
		SmartcarException ex = read(HttpStatus.BAD_GATEWAY, new HttpHeaders(),
				"<html><body>Bad\ngateway</body></html>");
		assertThat(ex.getType()).isEqualTo("UNKNOWN");
		assertThat(ex.getMessage())
			.isEqualTo("502 UNKNOWN - unexpected error response: " + "'<html><body>Bad gateway</body></html>'");
	}

	@Test
	void saysSoWhenTheBodyIsEmptyAndIgnoresAMalformedRetryAfter() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(HttpHeaders.RETRY_AFTER, "soon");
		SmartcarException ex = read(HttpStatus.SERVICE_UNAVAILABLE, headers, "");
		assertThat(ex.getDescription()).isEqualTo("unexpected error response: (empty body)");
		assertThat(ex.getRetryAfter()).isNull();
	}

	@Test
	void cutsALongBody() {
		SmartcarException ex = read(HttpStatus.INTERNAL_SERVER_ERROR, new HttpHeaders(), "x".repeat(5000));
		assertThat(ex.getDescription()).hasSizeLessThan(300).endsWith("...'");
	}

	private SmartcarException read(HttpStatus status, HttpHeaders headers, String body) {
		return this.reader.read(status, headers, body.getBytes(StandardCharsets.UTF_8));
	}

}
