package org.smartcarboot.simulator;

/**
 * A webhook delivery the simulator sent, and the receiver's answer.
 *
 * @param url where it was sent
 * @param body the request body, exactly as sent
 * @param signature the {@code SC-Signature} header sent, or {@code null} when none was
 * @param eventId the event id of the body, or {@code null} when it has none
 * @param status the HTTP status the receiver answered
 * @param responseBody the body the receiver answered, empty when there was none
 */
public record SimulatedDelivery(String url, String body, String signature, String eventId, int status,
		String responseBody) {

	/**
	 * Whether the receiver acknowledged the delivery, which Smartcar takes as done.
	 * @return whether the status is 2xx; Smartcar delivers the event again otherwise
	 */
	public boolean acknowledged() {
		return this.status >= 200 && this.status < 300;
	}

}
