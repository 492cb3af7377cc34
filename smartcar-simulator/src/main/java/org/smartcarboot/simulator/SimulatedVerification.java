package org.smartcarboot.simulator;

/**
 * A verification request the simulator sent, as Smartcar does when a webhook is created
 * or its callback URL changes, and whether the answer would verify the webhook.
 *
 * @param url where it was sent
 * @param challenge the challenge sent
 * @param status the HTTP status the receiver answered
 * @param responseBody the body the receiver answered, empty when there was none
 * @param accepted whether Smartcar would accept the answer: status 200 and a JSON body
 * whose {@code challenge} is the HMAC-SHA256 of the challenge keyed with the application
 * management token
 */
public record SimulatedVerification(String url, String challenge, int status, String responseBody, boolean accepted) {

}
