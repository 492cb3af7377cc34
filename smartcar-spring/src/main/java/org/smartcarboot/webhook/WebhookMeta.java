package org.smartcarboot.webhook;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What Smartcar says about the delivery of an event of the current payload versions (3.0
 * and 4.0), from its {@code meta} object.
 *
 * @param version the payload version, such as {@code 4.0}, or {@code null} when not sent
 * @param webhookId the id of the webhook, or {@code null} when not sent
 * @param webhookName the name of the webhook in the Smartcar dashboard, or {@code null}
 * @param deliveryId the id of this delivery attempt, different in each redelivery, or
 * {@code null}
 * @param deliveredAt when Smartcar sent the delivery (sent as ISO-8601 text, epoch
 * milliseconds or epoch seconds), or {@code null}
 * @param mode the mode of the vehicle's connection, such as {@code LIVE} or {@code TEST},
 * or {@code null}
 * @param signalCount how many signals a vehicle state event carries, or {@code null}
 */
public record WebhookMeta(@Nullable String version, @Nullable String webhookId, @Nullable String webhookName,
		@Nullable String deliveryId, @Nullable Instant deliveredAt, @Nullable String mode,
		@Nullable Integer signalCount) {

}
