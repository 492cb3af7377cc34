package org.smartcarboot.webhook;

import org.springframework.util.Assert;

/**
 * The body of the reply to Smartcar's verification request ({@code VERIFY} event), sent
 * as JSON: {@code {"challenge": "<hex>"}}.
 *
 * @param challenge the lower-case hex HMAC-SHA256 of the challenge Smartcar sent
 */
public record WebhookChallengeReply(String challenge) {

	/**
	 * Creates the reply, requiring the hash.
	 */
	public WebhookChallengeReply {
		Assert.hasText(challenge, "challenge must not be empty");
	}

	/**
	 * Answers a challenge.
	 * @param managementToken the application management token
	 * @param challenge the challenge Smartcar sent
	 * @return the reply carrying the challenge's hash
	 * @throws IllegalArgumentException when the token is blank or the challenge is
	 * {@code null}
	 */
	public static WebhookChallengeReply answer(String managementToken, String challenge) {
		return new WebhookChallengeReply(WebhookSignatures.hashChallenge(managementToken, challenge));
	}

}
