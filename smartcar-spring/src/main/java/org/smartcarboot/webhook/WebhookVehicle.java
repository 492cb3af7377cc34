package org.smartcarboot.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The vehicle a webhook event is about, as Smartcar describes it in the event.
 *
 * @param id the Smartcar vehicle id
 * @param make the make, such as {@code TESLA}, or {@code null} when not sent
 * @param model the model, such as {@code Model 3}, or {@code null} when not sent
 * @param year the model year, or {@code null} when not sent
 * @param vin the vehicle identification number, or {@code null} when not sent
 */
public record WebhookVehicle(String id, @Nullable String make, @Nullable String model, @Nullable Integer year,
		@Nullable String vin) {

}
