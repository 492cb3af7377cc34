package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * A vehicle's subscription to a webhook.
 *
 * @param webhookId the id of the webhook, from the Smartcar dashboard
 * @param vehicleId the id of the subscribed vehicle
 */
public record WebhookSubscription(String webhookId, String vehicleId) {

	/**
	 * Creates the subscription, requiring both ids.
	 */
	public WebhookSubscription {
		ResponseBodies.require(webhookId, "webhookId");
		ResponseBodies.require(vehicleId, "vehicleId");
	}

}
