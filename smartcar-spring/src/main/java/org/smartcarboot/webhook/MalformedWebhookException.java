package org.smartcarboot.webhook;

/**
 * A webhook request body that is not JSON or not a Smartcar payload. The message names
 * what is wrong and where, never a value of the body.
 */
final class MalformedWebhookException extends RuntimeException {

	MalformedWebhookException(String message) {
		super(message);
	}

}
