package org.smartcarboot.webhook;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.util.Assert;

/**
 * The answer to a webhook request: a status and, for Smartcar's verification request, the
 * challenge reply to send as JSON.
 *
 * @param status the HTTP status
 * @param challengeReply the body answering a verification request, or {@code null} for an
 * empty body
 */
public record WebhookReply(HttpStatus status, @Nullable WebhookChallengeReply challengeReply) {

	/**
	 * Creates the reply, requiring the status.
	 */
	public WebhookReply {
		Assert.notNull(status, "status must not be null");
	}

	static WebhookReply of(HttpStatus status) {
		return new WebhookReply(status, null);
	}

}
