package org.smartcarboot.webhook;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A verified Smartcar webhook delivery, published as a Spring application event: listen
 * for one kind with {@code @EventListener} on {@link VehicleStateEvent},
 * {@link VehicleErrorEvent}, {@link LegacyVehicleDataEvent} or
 * {@link LegacyVehicleEvent}, or for all of them on this interface. Smartcar's
 * verification requests are answered, not published.
 */
public sealed interface SmartcarWebhookEvent
		permits VehicleStateEvent, VehicleErrorEvent, LegacyVehicleDataEvent, LegacyVehicleEvent {

	/**
	 * Returns the id of the webhook in the Smartcar dashboard.
	 * @return the webhook id, or {@code null} when the delivery does not say
	 */
	@Nullable String webhookId();

	/**
	 * Returns the id Smartcar gives the event, the same in every redelivery of it.
	 * @return the event id, or {@code null} for payloads without one (legacy scheduled
	 * and dynamic deliveries)
	 */
	@Nullable String eventId();

	/**
	 * Returns the ids of the vehicles the event is about.
	 * @return the vehicle ids, one for the current payloads
	 */
	List<String> vehicleIds();

}
