package org.smartcarboot.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The bodies of the webhook deliveries the simulator sends, in the shapes Smartcar's
 * webhook reference documents: the current payload version 4.0 ({@code VERIFY},
 * {@code VEHICLE_STATE}, {@code VEHICLE_ERROR}) and the legacy version 2.0
 * ({@code verify}, {@code scheduled}, {@code eventBased}). Vehicle state signals carry
 * the car's current state; every event has a new event id.
 */
final class WebhookBodies {

	private static final String VERSION = "4.0";

	private static final String LEGACY_VERSION = "2.0";

	private final String webhookId;

	private final String webhookName;

	private final String userId;

	WebhookBodies(String webhookId, String webhookName, String userId) {
		this.webhookId = webhookId;
		this.webhookName = webhookName;
		this.userId = userId;
	}

	Map<String, Object> verify(String challenge) {
		Map<String, Object> body = event("VERIFY");
		body.put("data", Map.of("challenge", challenge));
		body.put("meta", meta(null));
		return body;
	}

	Map<String, Object> legacyVerify(String challenge) {
		Map<String, Object> body = legacy("verify");
		body.put("payload", Map.of("challenge", challenge));
		return body;
	}

	/**
	 * A {@code VEHICLE_STATE} event with every signal the car has.
	 * @param vehicle the car
	 * @param triggerCodes the codes of the signals that changed; none for the first
	 * delivery after subscribing
	 */
	Map<String, Object> vehicleState(SimulatedVehicle vehicle, List<String> triggerCodes) {
		List<Signal> signals = signals(vehicle);
		Map<String, Signal> byCode = signals.stream()
			.collect(Collectors.toMap(Signal::code, (signal) -> signal, (a, b) -> a, LinkedHashMap::new));
		List<Map<String, Object>> triggers = new ArrayList<>();
		for (String code : triggerCodes) {
			Signal signal = byCode.get(code);
			if (signal == null) {
				throw new IllegalArgumentException("The " + vehicle.make() + " " + vehicle.model() + " has no signal "
						+ code + "; its signals: " + byCode.keySet());
			}
			triggers.add(map("code", signal.code(), "name", signal.name(), "group", signal.group()));
		}
		if (triggers.isEmpty()) {
			triggers.add(map("code", "FIRST_DELIVERY"));
		}
		long retrievedAt = Instant.now().toEpochMilli();
		List<Map<String, Object>> signalBodies = signals.stream()
			.map((signal) -> map("code", signal.code(), "name", signal.name(), "group", signal.group(), "body",
					signal.body(), "meta", map("oemUpdatedAt", retrievedAt - 60_000, "retrievedAt", retrievedAt)))
			.toList();
		Map<String, Object> body = event("VEHICLE_STATE");
		body.put("vehicleId", vehicle.id());
		body.put("data", map("user", map("id", this.userId), "vehicle", vehicle(vehicle), "triggers", triggers,
				"signals", signalBodies));
		body.put("meta", meta(signalBodies.size()));
		return body;
	}

	/**
	 * A {@code VEHICLE_ERROR} event about every signal of the car.
	 * @param state {@code ERROR} or {@code RESOLVED}
	 */
	Map<String, Object> vehicleError(SimulatedVehicle vehicle, String type, String code, String state) {
		List<Map<String, Object>> affected = signals(vehicle).stream()
			.map((signal) -> map("code", signal.code(), "name", signal.name(), "group", signal.group()))
			.toList();
		Map<String, Object> error = map("type", type, "code", code, "state", state, "description",
				"Simulated " + type + ":" + code + " error.", "suggestedUserMessage", "Simulated error of your car.",
				"docURL", "https://smartcar.com/docs/errors/api-errors", "resolution", map("type", "RETRY_LATER"),
				"signals", affected);
		Map<String, Object> body = event("VEHICLE_ERROR");
		body.put("vehicleId", vehicle.id());
		body.put("data", map("user", map("id", this.userId), "vehicle", vehicle(vehicle), "errors", List.of(error)));
		body.put("meta", meta(null));
		return body;
	}

	/**
	 * A legacy scheduled delivery with the car's odometer, location and, for cars with a
	 * battery, battery, as a batch request would return them.
	 */
	Map<String, Object> legacySchedule(SimulatedVehicle vehicle) {
		Map<String, Object> headers = map("sc-unit-system", "metric", "sc-data-age", Instant.now().toString());
		List<Map<String, Object>> data = new ArrayList<>();
		data.add(map("path", "/odometer", "code", 200, "body", map("distance", vehicle.odometerKm()), "headers",
				headers));
		data.add(map("path", "/location", "code", 200, "body",
				map("latitude", vehicle.latitude(), "longitude", vehicle.longitude()), "headers", headers));
		if (vehicle.powertrain().hasBattery()) {
			data.add(map("path", "/battery", "code", 200, "body",
					map("percentRemaining", vehicle.batteryPercentRemaining(), "range", vehicle.rangeKm()), "headers",
					headers));
		}
		Map<String, Object> body = legacy("scheduled");
		body.put("mode", "live");
		body.put("payload", map("vehicles",
				List.of(map("vehicleId", vehicle.id(), "requestId", UUID.randomUUID().toString(), "data", data))));
		return body;
	}

	/**
	 * A legacy event-based delivery.
	 * @param eventType {@code CHARGING_STARTED}, {@code CHARGING_STOPPED} or
	 * {@code CHARGING_COMPLETED}
	 */
	Map<String, Object> legacyChargingEvent(SimulatedVehicle vehicle, String eventType) {
		Map<String, Object> body = legacy("eventBased");
		body.put("mode", "live");
		body.put("payload", map("eventId", UUID.randomUUID().toString(), "vehicleId", vehicle.id(), "eventType",
				eventType, "eventTime", Instant.now().toString()));
		return body;
	}

	private Map<String, Object> event(String eventType) {
		return map("eventId", UUID.randomUUID().toString(), "eventType", eventType);
	}

	private Map<String, Object> legacy(String eventName) {
		return map("version", LEGACY_VERSION, "webhookId", this.webhookId, "eventName", eventName);
	}

	private Map<String, Object> meta(Integer signalCount) {
		Map<String, Object> meta = map("version", VERSION, "deliveryId", UUID.randomUUID().toString(), "deliveredAt",
				Instant.now().toEpochMilli(), "webhookId", this.webhookId, "webhookName", this.webhookName);
		if (signalCount != null) {
			meta.put("signalCount", signalCount);
		}
		meta.put("mode", "LIVE");
		return meta;
	}

	private static Map<String, Object> vehicle(SimulatedVehicle vehicle) {
		return map("id", vehicle.id(), "make", vehicle.make(), "model", vehicle.model(), "year", vehicle.year(), "vin",
				vehicle.vin());
	}

	private static List<Signal> signals(SimulatedVehicle vehicle) {
		List<Signal> signals = new ArrayList<>();
		signals.add(new Signal("odometer-traveleddistance", "Odometer", "TraveledDistance",
				map("unit", "kilometers", "value", vehicle.odometerKm())));
		signals.add(new Signal("location-preciselocation", "Location", "PreciseLocation",
				map("latitude", vehicle.latitude(), "longitude", vehicle.longitude())));
		signals.add(new Signal("closure-islocked", "Closure", "IsLocked", map("value", vehicle.isLocked())));
		if (vehicle.powertrain().hasBattery()) {
			signals.add(new Signal("tractionbattery-stateofcharge", "TractionBattery", "StateOfCharge",
					map("unit", "percent", "value", Math.round(vehicle.batteryPercentRemaining() * 100))));
			signals.add(new Signal("charge-ischarging", "Charge", "IsCharging",
					map("value", vehicle.chargeState() == SimulatedVehicle.ChargeState.CHARGING)));
		}
		if (vehicle.powertrain().hasEngine()) {
			signals.add(new Signal("internalcombustionengine-fuellevel", "InternalCombustionEngine", "FuelLevel",
					map("unit", "percent", "value", Math.round(vehicle.fuelPercentRemaining() * 100))));
		}
		return signals;
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private record Signal(String code, String group, String name, Map<String, Object> body) {

	}

}
