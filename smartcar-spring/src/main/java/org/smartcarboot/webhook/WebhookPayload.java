package org.smartcarboot.webhook;

/**
 * What a webhook request body holds: a verification challenge, an event to publish, or an
 * event of a kind this receiver does not know.
 */
sealed interface WebhookPayload {

	/**
	 * Smartcar's verification request ({@code eventType: VERIFY} or
	 * {@code eventName: verify}).
	 *
	 * @param challenge the challenge to hash
	 */
	record Challenge(String challenge) implements WebhookPayload {

	}

	/**
	 * An event to publish.
	 *
	 * @param event the event
	 */
	record Event(SmartcarWebhookEvent event) implements WebhookPayload {

	}

	/**
	 * An event of a type Smartcar may add later, acknowledged but not published.
	 *
	 * @param kind what it is, such as {@code eventType NEW_TYPE}, for the log
	 */
	record Unknown(String kind) implements WebhookPayload {

	}

}
