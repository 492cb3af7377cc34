package org.smartcarboot.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A {@code VEHICLE_STATE} event: the signals a webhook subscribes to, with the current
 * values of a vehicle, sent when a trigger signal changed or when the vehicle was first
 * subscribed.
 *
 * @param eventId the event id, the same in every redelivery
 * @param vehicle the vehicle
 * @param userId the id of the Smartcar user who connected the vehicle, or {@code null}
 * when not sent
 * @param signals every signal the webhook subscribes to, with a value or an error
 * @param triggers what prompted the delivery
 * @param meta the delivery's metadata
 */
public record VehicleStateEvent(String eventId, WebhookVehicle vehicle, @Nullable String userId, List<Signal> signals,
		List<Trigger> triggers, WebhookMeta meta) implements SmartcarWebhookEvent {

	/**
	 * The trigger type of a delivery made because a signal changed.
	 */
	public static final String SIGNAL_UPDATED = "SIGNAL_UPDATED";

	/**
	 * The trigger type of the first delivery after a vehicle was subscribed, and of its
	 * redeliveries.
	 */
	public static final String FIRST_DELIVERY = "FIRST_DELIVERY";

	/**
	 * Creates the event, copying the lists.
	 */
	public VehicleStateEvent {
		signals = List.copyOf(signals);
		triggers = List.copyOf(triggers);
	}

	@Override
	public @Nullable String webhookId() {
		return this.meta.webhookId();
	}

	@Override
	public List<String> vehicleIds() {
		return List.of(this.vehicle.id());
	}

	/**
	 * Finds a signal by code.
	 * @param code the signal code, such as {@code tractionbattery-stateofcharge}
	 * @return the signal, or empty when the event does not carry it
	 */
	public Optional<Signal> signal(String code) {
		return this.signals.stream().filter((signal) -> signal.code().equals(code)).findFirst();
	}

	/**
	 * Tells whether this is the first delivery after the vehicle was subscribed, which
	 * sets a baseline rather than reporting a change.
	 * @return whether a trigger is {@value #FIRST_DELIVERY}
	 */
	public boolean isFirstDelivery() {
		return this.triggers.stream().anyMatch((trigger) -> FIRST_DELIVERY.equals(trigger.type()));
	}

	/**
	 * One signal of a vehicle: a value, or the error that kept Smartcar from reading it.
	 *
	 * @param code the signal code, such as {@code odometer-traveleddistance}
	 * @param name the signal name, such as {@code TraveledDistance}, or {@code null}
	 * @param group the signal group, such as {@code Odometer}, or {@code null}
	 * @param body the value as Smartcar sent it, since its shape depends on the signal
	 * ({@code {"unit": "percent", "value": 78}}, {@code {"latitude": ..., "longitude":
	 * ...}}); {@code null} when the signal has an error instead
	 * @param error why the value could not be read, or {@code null}
	 * @param oemUpdatedAt when the vehicle's manufacturer last updated the value, or
	 * {@code null}
	 * @param retrievedAt when Smartcar retrieved the value, or {@code null}
	 */
	public record Signal(String code, @Nullable String name, @Nullable String group, @Nullable JsonNode body,
			@Nullable SignalError error, @Nullable Instant oemUpdatedAt, @Nullable Instant retrievedAt) {

	}

	/**
	 * Why a signal has no value.
	 *
	 * @param type the error type, such as {@code COMPATIBILITY}, or {@code null}
	 * @param code the error code, such as {@code VEHICLE_NOT_CAPABLE}, or {@code null}
	 */
	public record SignalError(@Nullable String type, @Nullable String code) {

	}

	/**
	 * What prompted a delivery.
	 *
	 * @param type {@value VehicleStateEvent#SIGNAL_UPDATED},
	 * {@value VehicleStateEvent#FIRST_DELIVERY} or another type Smartcar sends
	 * @param signalCode the code of the signal that changed, or {@code null}
	 * @param signalName the name of the signal that changed, or {@code null}
	 * @param signalGroup the group of the signal that changed, or {@code null}
	 */
	public record Trigger(String type, @Nullable String signalCode, @Nullable String signalName,
			@Nullable String signalGroup) {

	}

}
