package org.smartcarboot.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.webhook.LegacyVehicleDataEvent.PathData;
import org.smartcarboot.webhook.LegacyVehicleDataEvent.VehicleData;
import org.smartcarboot.webhook.VehicleErrorEvent.VehicleError;
import org.smartcarboot.webhook.VehicleStateEvent.Signal;
import org.smartcarboot.webhook.VehicleStateEvent.SignalError;
import org.smartcarboot.webhook.VehicleStateEvent.Trigger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads webhook request bodies of every payload version Smartcar sends: the current ones
 * (3.0 and 4.0, with {@code eventType}) and the legacy one (2.0, with {@code eventName}).
 * The current versions vary between deliveries: the triggers stand at the top level or in
 * {@code data}, a trigger names its signal in {@code signal.code} or in {@code code}, a
 * signal's error stands in {@code error} or in {@code status.error}, and
 * {@code meta.deliveredAt} is ISO-8601 text, epoch milliseconds or epoch seconds; all of
 * them read into the same records. Fields Smartcar may leave out become {@code null}; a
 * missing event id, event type or vehicle id makes the body malformed.
 */
final class WebhookPayloads {

	/**
	 * Longest event id accepted; Smartcar's are UUIDs.
	 */
	static final int MAX_EVENT_ID_LENGTH = 255;

	/**
	 * Epoch values below this are seconds, above it milliseconds: 10^11 seconds is the
	 * year 5138, 10^11 milliseconds is March 1973.
	 */
	private static final long EPOCH_SECONDS_LIMIT = 100_000_000_000L;

	private final JsonMapper jsonMapper;

	WebhookPayloads(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Reads a request body.
	 * @param body the raw body
	 * @return what the body holds
	 * @throws MalformedWebhookException when the body is not JSON or not a Smartcar
	 * payload
	 */
	WebhookPayload read(byte[] body) {
		JsonNode root;
		try {
			root = this.jsonMapper.readTree(body);
		}
		catch (JacksonException ex) {
			throw new MalformedWebhookException("the body is not JSON" + location(ex));
		}
		if (root == null || !root.isObject()) {
			throw new MalformedWebhookException("the body is not a JSON object");
		}
		if (root.has("eventType")) {
			return current(root);
		}
		if (root.has("eventName")) {
			return legacy(root);
		}
		throw new MalformedWebhookException(
				"the body has neither eventType (payload versions 3.0 and 4.0) nor eventName (payload version 2.0)");
	}

	private WebhookPayload current(JsonNode root) {
		String eventType = requiredText(root, "eventType", "eventType");
		JsonNode data = root.path("data");
		switch (eventType) {
			case "VERIFY":
				return new WebhookPayload.Challenge(requiredText(data, "challenge", "data.challenge"));
			case "VEHICLE_STATE":
				return new WebhookPayload.Event(new VehicleStateEvent(eventId(root, "eventId", "eventId"),
						vehicle(root, data), text(data.path("user"), "id"), signals(data), triggers(root, data),
						meta(root.path("meta"))));
			case "VEHICLE_ERROR":
				return new WebhookPayload.Event(new VehicleErrorEvent(eventId(root, "eventId", "eventId"),
						vehicle(root, data), text(data.path("user"), "id"), errors(data), meta(root.path("meta"))));
			default:
				return new WebhookPayload.Unknown("eventType " + eventType);
		}
	}

	private WebhookPayload legacy(JsonNode root) {
		String eventName = requiredText(root, "eventName", "eventName");
		JsonNode payload = root.path("payload");
		if ("verify".equals(eventName)) {
			return new WebhookPayload.Challenge(requiredText(payload, "challenge", "payload.challenge"));
		}
		if ("eventBased".equals(eventName)) {
			return new WebhookPayload.Event(new LegacyVehicleEvent(requiredText(root, "webhookId", "webhookId"),
					text(root, "mode"), eventId(payload, "eventId", "payload.eventId"),
					requiredText(payload, "vehicleId", "payload.vehicleId"),
					requiredText(payload, "eventType", "payload.eventType"), instant(payload.get("eventTime"))));
		}
		if (payload.has("vehicles")) {
			return new WebhookPayload.Event(new LegacyVehicleDataEvent(requiredText(root, "webhookId", "webhookId"),
					eventName, text(root, "mode"), vehicleData(payload)));
		}
		return new WebhookPayload.Unknown("eventName " + eventName);
	}

	private static String eventId(JsonNode node, String name, String field) {
		String eventId = requiredText(node, name, field);
		if (eventId.length() > MAX_EVENT_ID_LENGTH) {
			throw new MalformedWebhookException(field + " is longer than " + MAX_EVENT_ID_LENGTH + " characters");
		}
		return eventId;
	}

	private static WebhookVehicle vehicle(JsonNode root, JsonNode data) {
		JsonNode vehicle = data.path("vehicle");
		String id = text(vehicle, "id");
		if (id == null) {
			id = requiredText(root, "vehicleId", "data.vehicle.id");
		}
		JsonNode year = vehicle.path("year");
		return new WebhookVehicle(id, text(vehicle, "make"), text(vehicle, "model"),
				year.canConvertToInt() ? year.asInt() : null, text(vehicle, "vin"));
	}

	private static List<Signal> signals(JsonNode data) {
		List<Signal> signals = new ArrayList<>();
		List<JsonNode> items = array(data, "signals", "data.signals");
		for (int i = 0; i < items.size(); i++) {
			JsonNode signal = items.get(i);
			JsonNode error = signal.has("error") ? signal.path("error") : signal.path("status").path("error");
			JsonNode body = signal.get("body");
			JsonNode meta = signal.path("meta");
			Instant retrievedAt = instant(meta.get("retrievedAt"));
			signals.add(new Signal(requiredText(signal, "code", "data.signals[" + i + "].code"), text(signal, "name"),
					text(signal, "group"), (body != null && !body.isNull()) ? body : null,
					error.isObject() ? new SignalError(text(error, "type"), text(error, "code")) : null,
					instant(meta.get("oemUpdatedAt")),
					(retrievedAt != null) ? retrievedAt : instant(meta.get("fetchedAt"))));
		}
		return signals;
	}

	private static List<Trigger> triggers(JsonNode root, JsonNode data) {
		List<JsonNode> items = root.has("triggers") ? array(root, "triggers", "triggers")
				: array(data, "triggers", "data.triggers");
		List<Trigger> triggers = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			JsonNode trigger = items.get(i);
			JsonNode signal = trigger.path("signal");
			String type = text(trigger, "type");
			String code = firstText(signal, trigger, "code");
			if (type == null && VehicleStateEvent.FIRST_DELIVERY.equals(code)) {
				type = VehicleStateEvent.FIRST_DELIVERY;
				code = null;
			}
			else if (type == null && code != null) {
				type = VehicleStateEvent.SIGNAL_UPDATED;
			}
			if (type == null) {
				throw new MalformedWebhookException("trigger " + i + " has neither a type nor a code");
			}
			triggers
				.add(new Trigger(type, code, firstText(signal, trigger, "name"), firstText(signal, trigger, "group")));
		}
		return triggers;
	}

	private static List<VehicleError> errors(JsonNode data) {
		List<VehicleError> errors = new ArrayList<>();
		for (JsonNode error : array(data, "errors", "data.errors")) {
			List<String> signalCodes = new ArrayList<>();
			for (JsonNode signal : array(error, "signals", "data.errors[].signals")) {
				String code = signal.isObject() ? text(signal, "code") : text(signal);
				if (code != null) {
					signalCodes.add(code);
				}
			}
			JsonNode resolution = error.path("resolution");
			errors.add(new VehicleError(text(error, "type"), text(error, "code"), text(error, "state"),
					text(error, "description"), text(error, "suggestedUserMessage"),
					(text(error, "docURL") != null) ? text(error, "docURL") : text(error, "docUrl"),
					resolution.isObject() ? text(resolution, "type") : text(resolution), signalCodes));
		}
		return errors;
	}

	private static WebhookMeta meta(JsonNode meta) {
		JsonNode signalCount = meta.path("signalCount");
		return new WebhookMeta(text(meta, "version"), text(meta, "webhookId"), text(meta, "webhookName"),
				text(meta, "deliveryId"), instant(meta.get("deliveredAt")), text(meta, "mode"),
				signalCount.canConvertToInt() ? signalCount.asInt() : null);
	}

	private static List<VehicleData> vehicleData(JsonNode payload) {
		List<VehicleData> vehicles = new ArrayList<>();
		List<JsonNode> items = array(payload, "vehicles", "payload.vehicles");
		for (int i = 0; i < items.size(); i++) {
			JsonNode vehicle = items.get(i);
			String field = "payload.vehicles[" + i + "]";
			List<PathData> data = new ArrayList<>();
			List<JsonNode> answers = array(vehicle, "data", field + ".data");
			for (int j = 0; j < answers.size(); j++) {
				JsonNode answer = answers.get(j);
				JsonNode code = answer.path("code");
				if (!code.canConvertToInt()) {
					throw new MalformedWebhookException(field + ".data[" + j + "].code is not a number");
				}
				JsonNode body = answer.get("body");
				data.add(new PathData(requiredText(answer, "path", field + ".data[" + j + "].path"), code.asInt(),
						(body != null && !body.isNull()) ? body : null, headers(answer.path("headers"))));
			}
			vehicles.add(new VehicleData(requiredText(vehicle, "vehicleId", field + ".vehicleId"),
					text(vehicle, "requestId"), data));
		}
		return vehicles;
	}

	private static Map<String, String> headers(JsonNode headers) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> header : headers.properties()) {
			String value = text(header.getValue());
			if (value != null) {
				values.put(header.getKey(), value);
			}
		}
		return values;
	}

	private static List<JsonNode> array(JsonNode node, String name, String field) {
		JsonNode array = node.get(name);
		if (array == null || array.isNull()) {
			return List.of();
		}
		if (!array.isArray()) {
			throw new MalformedWebhookException(field + " is not an array");
		}
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

	private static String requiredText(JsonNode node, String name, String field) {
		String value = text(node, name);
		if (value == null || value.isBlank()) {
			throw new MalformedWebhookException("the body has no " + field);
		}
		return value;
	}

	private static @Nullable String firstText(JsonNode first, JsonNode second, String name) {
		String value = text(first, name);
		return (value != null) ? value : text(second, name);
	}

	private static @Nullable String text(JsonNode node, String name) {
		return text(node.get(name));
	}

	private static @Nullable String text(@Nullable JsonNode value) {
		return (value != null && (value.isString() || value.isNumber() || value.isBoolean())) ? value.asString() : null;
	}

	/**
	 * Reads a time sent as ISO-8601 text, epoch seconds or epoch milliseconds.
	 * @param value the field, or {@code null}
	 * @return the time, or {@code null} when missing or not a time
	 */
	private static @Nullable Instant instant(@Nullable JsonNode value) {
		if (value != null && value.canConvertToLong() && value.isNumber()) {
			long epoch = value.asLong();
			return (Math.abs(epoch) < EPOCH_SECONDS_LIMIT) ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
		}
		if (value == null || !value.isString()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.asString()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String location(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return (location != null) ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
	}

}
