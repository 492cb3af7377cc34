package org.smartcarboot.webhook;

/**
 * Remembers the events a webhook receiver handled, so that Smartcar's redeliveries of an
 * event (same event id, new delivery id) are acknowledged without being published again.
 * An event id is remembered for a window of time chosen by the implementation.
 * Application instances that share one implementation's store, such as a database, agree
 * on what was handled.
 *
 * @see InMemoryWebhookDeliveryLog
 * @see JdbcWebhookDeliveryLog
 */
public interface WebhookDeliveryLog {

	/**
	 * Records that an event is being handled, unless it was recorded within the window.
	 * Of several deliveries of one event at once, only one is told it is the first.
	 * @param eventId the event id
	 * @return {@code true} when the event is to be handled, {@code false} for a
	 * redelivery of an event handled within the window
	 */
	boolean recordFirstDelivery(String eventId);

	/**
	 * Forgets an event whose handling failed, so that Smartcar's next delivery of it is
	 * handled.
	 * @param eventId the event id
	 */
	void forget(String eventId);

}
