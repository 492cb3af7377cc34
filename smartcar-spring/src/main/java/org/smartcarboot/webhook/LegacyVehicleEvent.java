package org.smartcarboot.webhook;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A delivery of a legacy (payload version 2.0) event-based webhook: something happened to
 * a vehicle, such as {@code CHARGING_STARTED}, {@code CHARGING_STOPPED} or
 * {@code CHARGING_COMPLETED}.
 *
 * @param webhookId the id of the webhook
 * @param mode {@code live}, {@code test} or {@code simulated}, or {@code null} when not
 * sent
 * @param eventId the event id, the same in every redelivery
 * @param vehicleId the Smartcar vehicle id
 * @param eventType what happened, such as {@code CHARGING_STARTED}
 * @param eventTime when it happened, or {@code null} when not sent
 */
public record LegacyVehicleEvent(String webhookId, @Nullable String mode, String eventId, String vehicleId,
		String eventType, @Nullable Instant eventTime) implements SmartcarWebhookEvent {

	@Override
	public List<String> vehicleIds() {
		return List.of(this.vehicleId);
	}

}
