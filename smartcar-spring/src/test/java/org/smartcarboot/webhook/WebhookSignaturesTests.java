package org.smartcarboot.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link WebhookSignatures} and {@link WebhookChallengeReply} with the test
 * vectors of Smartcar's SDKs.
 */
class WebhookSignaturesTests {

	private static final String AMT = "amt";

	private static final String CHALLENGE_HASH = "9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e";

	private static final String BODY = "{\"pizza\":\"pasta\"}";

	private static final String BODY_SIGNATURE = "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70";

	@Test
	void hashesAChallengeAsLowerCaseHex() {
		assertThat(WebhookSignatures.hashChallenge(AMT, "challenge")).isEqualTo(CHALLENGE_HASH);
	}

	@Test
	void verifiesTheSignatureOfARawBodyGivenAsTextOrBytes() {
		assertThat(WebhookSignatures.verifyPayload(AMT, BODY_SIGNATURE, BODY)).isTrue();
		assertThat(WebhookSignatures.verifyPayload(AMT, BODY_SIGNATURE, BODY.getBytes(StandardCharsets.UTF_8)))
			.isTrue();
	}

	@Test
	void acceptsUpperCaseHexAndSurroundingWhitespace() {
		assertThat(WebhookSignatures.verifyPayload(AMT, BODY_SIGNATURE.toUpperCase(Locale.ROOT), BODY)).isTrue();
		assertThat(WebhookSignatures.verifyPayload(AMT, " " + BODY_SIGNATURE + "\t", BODY)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"pizza\":\"pastA\"}", "{\"pizza\": \"pasta\"}", "{\"pizza\":\"pasta\"}\n", "" })
	void rejectsAnyOtherBodyEvenTheSameJsonFormattedDifferently(String tampered) {
		assertThat(WebhookSignatures.verifyPayload(AMT, BODY_SIGNATURE, tampered)).isFalse();
	}

	@Test
	void rejectsASignatureMadeWithAnotherToken() {
		assertThat(WebhookSignatures.verifyPayload("other-amt", BODY_SIGNATURE, BODY)).isFalse();
		assertThat(WebhookSignatures.hashChallenge("other-amt", "challenge")).isNotEqualTo(CHALLENGE_HASH);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "4c05a8da", BODY_SIGNATURE + "00", "sha256=" + BODY_SIGNATURE,
			"zc05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70",
			"4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f7" })
	void aMissingOrMalformedSignatureIsFalseNotAnException(String signature) {
		assertThat(WebhookSignatures.verifyPayload(AMT, signature, BODY)).isFalse();
	}

	@Test
	void theBytesCountNotTheCharacters() {
		String body = "{\"driver\":\"Zoë\"}";
		String signature = WebhookSignatures.hashChallenge(AMT, body);

		assertThat(WebhookSignatures.verifyPayload(AMT, signature, body.getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(WebhookSignatures.verifyPayload(AMT, signature, body.getBytes(StandardCharsets.ISO_8859_1)))
			.isFalse();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  " })
	void aBlankTokenIsRefused(String token) {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignatures.hashChallenge(token, "challenge"))
			.withMessage("managementToken must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookSignatures.verifyPayload(token, BODY_SIGNATURE, BODY));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookSignatures.verifyPayload(token, null, BODY.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aMissingBodyOrChallengeIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignatures.hashChallenge(AMT, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookSignatures.verifyPayload(AMT, BODY_SIGNATURE, (String) null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookSignatures.verifyPayload(AMT, BODY_SIGNATURE, (byte[]) null));
	}

	@Test
	void theChallengeReplyIsTheJsonSmartcarExpects() {
		WebhookChallengeReply reply = WebhookChallengeReply.answer(AMT, "challenge");

		assertThat(reply.challenge()).isEqualTo(CHALLENGE_HASH);
		assertThat(new JsonMapper().writeValueAsString(reply)).isEqualTo("{\"challenge\":\"" + CHALLENGE_HASH + "\"}");
	}

}
