package org.smartcarboot.webhook;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A delivery of a legacy (payload version 2.0) scheduled or dynamic webhook: for each
 * vehicle, the answers of the vehicle API paths the webhook reads, as a batch request
 * would return them. Legacy deliveries carry no event id, so they are never recognized as
 * redeliveries.
 *
 * @param webhookId the id of the webhook
 * @param eventName {@code scheduled}, {@code dynamic} or another name Smartcar sends
 * @param mode {@code live}, {@code test} or {@code simulated}, or {@code null} when not
 * sent
 * @param vehicles the data of each vehicle
 */
public record LegacyVehicleDataEvent(String webhookId, String eventName, @Nullable String mode,
		List<VehicleData> vehicles) implements SmartcarWebhookEvent {

	/**
	 * Creates the event, copying the list.
	 */
	public LegacyVehicleDataEvent {
		vehicles = List.copyOf(vehicles);
	}

	@Override
	public @Nullable String eventId() {
		return null;
	}

	@Override
	public List<String> vehicleIds() {
		return this.vehicles.stream().map(VehicleData::vehicleId).toList();
	}

	/**
	 * The data of one vehicle.
	 *
	 * @param vehicleId the Smartcar vehicle id
	 * @param requestId the id of Smartcar's request to the vehicle, or {@code null}
	 * @param data one answer per vehicle API path
	 */
	public record VehicleData(String vehicleId, @Nullable String requestId, List<PathData> data) {

		/**
		 * Creates the data, copying the list.
		 */
		public VehicleData {
			data = List.copyOf(data);
		}

	}

	/**
	 * The answer of one vehicle API path.
	 *
	 * @param path the path, such as {@code /odometer}
	 * @param code the HTTP status of the answer, such as {@code 200}
	 * @param body the answer's body as Smartcar sent it (a value such as
	 * {@code {"distance": 1234.5}}, or an error), or {@code null}
	 * @param headers the answer's headers, such as {@code sc-unit-system}
	 */
	public record PathData(String path, int code, @Nullable JsonNode body, Map<String, String> headers) {

		/**
		 * Creates the answer, copying the headers.
		 */
		public PathData {
			headers = Map.copyOf(headers);
		}

	}

}
