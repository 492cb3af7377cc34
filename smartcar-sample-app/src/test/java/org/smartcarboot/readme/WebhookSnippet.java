package org.smartcarboot.readme;

import org.smartcarboot.webhook.WebhookChallengeReply;
import org.smartcarboot.webhook.WebhookSignatures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The README's webhook receiver, compiled (not a controller here: the README application
 * has no management token).
 */
class WebhookSnippet {

	private final String managementToken;

	private final JsonMapper jsonMapper;

	WebhookSnippet(String managementToken, JsonMapper jsonMapper) {
		this.managementToken = managementToken;
		this.jsonMapper = jsonMapper;
	}

	@PostMapping("/webhooks/smartcar")
	ResponseEntity<?> receive(
			@RequestHeader(name = WebhookSignatures.SIGNATURE_HEADER, required = false) String signature,
			@RequestBody byte[] body) {
		if (!WebhookSignatures.verifyPayload(this.managementToken, signature, body)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		JsonNode event = this.jsonMapper.readTree(body);
		if ("VERIFY".equals(event.path("eventType").asString())) {
			String challenge = event.path("data").path("challenge").asString();
			return ResponseEntity.ok(WebhookChallengeReply.answer(this.managementToken, challenge));
		}
		// handle the event once per event.path("eventId")
		return ResponseEntity.ok().build();
	}

}
