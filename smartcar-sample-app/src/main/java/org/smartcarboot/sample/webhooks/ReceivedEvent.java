package org.smartcarboot.sample.webhooks;

import java.time.Instant;
import java.util.List;

import org.smartcarboot.webhook.LegacyVehicleDataEvent;
import org.smartcarboot.webhook.LegacyVehicleEvent;
import org.smartcarboot.webhook.SmartcarWebhookEvent;
import org.smartcarboot.webhook.VehicleErrorEvent;
import org.smartcarboot.webhook.VehicleStateEvent;
import org.smartcarboot.webhook.WebhookVehicle;

/**
 * A webhook event as the events page shows it.
 *
 * @param receivedAt when the app received it
 * @param kind what it is, such as {@code Vehicle state}
 * @param eventId Smartcar's event id, or {@code null} for legacy scheduled deliveries
 * @param vehicle the vehicle's make and model, or its id when the event does not say
 * @param details one line per signal, error or answered path
 */
public record ReceivedEvent(Instant receivedAt, String kind, String eventId, String vehicle, List<String> details) {

	/**
	 * Describes an event.
	 * @param event the event
	 * @param receivedAt when it was received
	 * @return the description
	 */
	static ReceivedEvent of(SmartcarWebhookEvent event, Instant receivedAt) {
		if (event instanceof VehicleStateEvent state) {
			return new ReceivedEvent(receivedAt,
					state.isFirstDelivery() ? "Vehicle state (first delivery)" : "Vehicle state", state.eventId(),
					name(state.vehicle()), state.signals().stream().map(ReceivedEvent::describe).toList());
		}
		if (event instanceof VehicleErrorEvent error) {
			return new ReceivedEvent(receivedAt, "Vehicle error", error.eventId(), name(error.vehicle()),
					error.errors()
						.stream()
						.map((vehicleError) -> vehicleError.type() + " " + vehicleError.code() + " ("
								+ vehicleError.state() + ")")
						.toList());
		}
		if (event instanceof LegacyVehicleDataEvent data) {
			return new ReceivedEvent(receivedAt, "Legacy " + data.eventName() + " data", null,
					String.join(", ", data.vehicleIds()),
					data.vehicles()
						.stream()
						.flatMap((vehicle) -> vehicle.data().stream())
						.map((path) -> path.path() + " " + path.code() + ": " + path.body())
						.toList());
		}
		LegacyVehicleEvent legacy = (LegacyVehicleEvent) event;
		return new ReceivedEvent(receivedAt, "Legacy event", legacy.eventId(), legacy.vehicleId(),
				List.of(legacy.eventType()));
	}

	private static String describe(VehicleStateEvent.Signal signal) {
		if (signal.body() != null) {
			return signal.code() + ": " + signal.body();
		}
		VehicleStateEvent.SignalError error = signal.error();
		return signal.code() + ": " + ((error != null) ? "error " + error.type() + " " + error.code() : "no value");
	}

	private static String name(WebhookVehicle vehicle) {
		return (vehicle.make() != null) ? vehicle.make() + " " + vehicle.model() : vehicle.id();
	}

}
