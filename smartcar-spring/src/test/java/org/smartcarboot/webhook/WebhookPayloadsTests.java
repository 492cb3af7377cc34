package org.smartcarboot.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcarboot.RecordedPayloads;
import org.smartcarboot.webhook.LegacyVehicleDataEvent.PathData;
import org.smartcarboot.webhook.VehicleErrorEvent.VehicleError;
import org.smartcarboot.webhook.VehicleStateEvent.Signal;
import org.smartcarboot.webhook.VehicleStateEvent.SignalError;
import org.smartcarboot.webhook.VehicleStateEvent.Trigger;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests {@link WebhookPayloads} on deliveries in every shape Smartcar's webhook reference
 * shows, and on bodies that are not Smartcar payloads.
 */
class WebhookPayloadsTests {

	private final WebhookPayloads payloads = new WebhookPayloads(new JsonMapper());

	@Test
	void readsAVehicleStateEventOfVersion4WithTriggersInDataAndASignalErrorInItsStatus() {
		VehicleStateEvent event = (VehicleStateEvent) event("VehicleStateV4.json");

		assertThat(event.eventId()).isEqualTo("0b7c6a55-3f0e-4d7e-9a54-0d3c1c9f5a01");
		assertThat(event.vehicle())
			.isEqualTo(new WebhookVehicle("8b1d2c3e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "VOLKSWAGEN", "ID.4", 2022, null));
		assertThat(event.vehicleIds()).containsExactly("8b1d2c3e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
		assertThat(event.userId()).isEqualTo("f3c1a2b4-5d6e-4f70-8192-a3b4c5d6e7f8");
		assertThat(event.triggers()).containsExactly(new Trigger(VehicleStateEvent.SIGNAL_UPDATED,
				"tractionbattery-stateofcharge", "StateOfCharge", "TractionBattery"));
		assertThat(event.isFirstDelivery()).isFalse();
		assertThat(event.signals()).extracting(Signal::code)
			.containsExactly("tractionbattery-stateofcharge", "charge-ischarging", "location-isathome");
		Signal charge = event.signal("tractionbattery-stateofcharge").orElseThrow();
		assertThat(charge.name()).isEqualTo("StateOfCharge");
		assertThat(charge.group()).isEqualTo("TractionBattery");
		assertThat(charge.body().path("value").asInt()).isEqualTo(64);
		assertThat(charge.body().path("unit").asString()).isEqualTo("percent");
		assertThat(charge.error()).isNull();
		assertThat(charge.oemUpdatedAt()).isEqualTo(Instant.ofEpochMilli(1762000000000L));
		assertThat(charge.retrievedAt()).isEqualTo(Instant.ofEpochMilli(1762000002000L));
		assertThat(event.signal("charge-ischarging").orElseThrow().body().path("value").asBoolean()).isTrue();
		Signal atHome = event.signal("location-isathome").orElseThrow();
		assertThat(atHome.body()).isNull();
		assertThat(atHome.error()).isEqualTo(new SignalError("COMPATIBILITY", "VEHICLE_NOT_CAPABLE"));
		assertThat(event.signal("odometer-traveleddistance")).isEmpty();
		assertThat(event.meta())
			.isEqualTo(new WebhookMeta("4.0", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "Charging monitor",
					"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", Instant.ofEpochMilli(1762000003000L), "LIVE", 3));
		assertThat(event.webhookId()).isEqualTo("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
	}

	@Test
	void readsAVehicleStateEventOfVersion3WithTopLevelTriggersEpochSecondsAndASignalError() {
		VehicleStateEvent event = (VehicleStateEvent) event("VehicleStateV3.json");

		assertThat(event.vehicle()).isEqualTo(new WebhookVehicle("2c3d4e5f-6a7b-4c8d-9e0f-a1b2c3d4e5f6", "FORD",
				"Mustang Mach-E", 2023, "3FMTK3SU4PMA00001"));
		assertThat(event.triggers())
			.containsExactly(new Trigger(VehicleStateEvent.SIGNAL_UPDATED, "location-preciselocation", null, null));
		Signal location = event.signal("location-preciselocation").orElseThrow();
		assertThat(location.body().path("latitude").asDouble()).isEqualTo(42.3314);
		assertThat(location.retrievedAt()).isEqualTo(Instant.ofEpochMilli(1761000000500L));
		assertThat(event.signal("vehicleidentification-nickname").orElseThrow().error())
			.isEqualTo(new SignalError("COMPATIBILITY", "VEHICLE_NOT_CAPABLE"));
		assertThat(event.meta().deliveredAt()).isEqualTo(Instant.ofEpochSecond(1761000001L));
		assertThat(event.meta().version()).isEqualTo("3.0");
		assertThat(event.meta().mode()).isEqualTo("TEST");
	}

	@Test
	void readsTheFirstDeliveryTriggerAndAnIsoDeliveryTime() {
		VehicleStateEvent event = (VehicleStateEvent) event("VehicleStateFirstDelivery.json");

		assertThat(event.isFirstDelivery()).isTrue();
		assertThat(event.triggers()).containsExactly(new Trigger(VehicleStateEvent.FIRST_DELIVERY, null, null, null));
		assertThat(event.meta().deliveredAt()).isEqualTo(Instant.parse("2025-11-01T12:30:45.250Z"));
		assertThat(event.signal("odometer-traveleddistance").orElseThrow().body().path("value").asDouble())
			.isEqualTo(18234.5);
	}

	@Test
	void readsAVehicleErrorEventWithAnErrorAndAResolvedOne() {
		VehicleErrorEvent event = (VehicleErrorEvent) event("VehicleErrorV4.json");

		assertThat(event.eventId()).isEqualTo("6e5d4c3b-2a19-4f8e-b7d6-c5b4a3928170");
		assertThat(event.vehicle().id()).isEqualTo("8b1d2c3e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
		assertThat(event.userId()).isEqualTo("f3c1a2b4-5d6e-4f70-8192-a3b4c5d6e7f8");
		assertThat(event.errors()).containsExactly(
				new VehicleError("VEHICLE_STATE", "UNREACHABLE", "ERROR", "The vehicle was unreachable.",
						"Your car is not connected to the internet right now.",
						"https://smartcar.com/docs/errors/api-errors/vehicle-state-errors#unreachable", "RETRY_LATER",
						java.util.List.of("tractionbattery-stateofcharge", "charge-ischarging")),
				new VehicleError("PERMISSION", null, "RESOLVED", "The permission was granted.", null, null, null,
						java.util.List.of()));
		assertThat(event.errors().get(0).isResolved()).isFalse();
		assertThat(event.errors().get(1).isResolved()).isTrue();
		assertThat(event.meta().deliveredAt()).isEqualTo(Instant.parse("2025-10-31T08:15:00Z"));
		assertThat(event.meta().signalCount()).isNull();
	}

	@Test
	void readsTheChallengeOfBothVerificationFormats() {
		assertThat(this.payloads.read(fixture("VerifyV4.json"))).isEqualTo(new WebhookPayload.Challenge("challenge"));
		assertThat(this.payloads.read(fixture("VerifyV2.json"))).isEqualTo(new WebhookPayload.Challenge("challenge"));
	}

	@Test
	void readsALegacyScheduledDeliveryWithEachPathsAnswer() {
		LegacyVehicleDataEvent event = (LegacyVehicleDataEvent) event("ScheduledV2.json");

		assertThat(event.webhookId()).isEqualTo("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f");
		assertThat(event.eventName()).isEqualTo("scheduled");
		assertThat(event.mode()).isEqualTo("test");
		assertThat(event.eventId()).isNull();
		assertThat(event.vehicleIds()).containsExactly("2c3d4e5f-6a7b-4c8d-9e0f-a1b2c3d4e5f6");
		assertThat(event.vehicles().get(0).requestId()).isEqualTo("e8d7c6b5-a4f3-4e2d-9c1b-0a9f8e7d6c5b");
		PathData odometer = event.vehicles().get(0).data().get(0);
		assertThat(odometer.path()).isEqualTo("/odometer");
		assertThat(odometer.code()).isEqualTo(200);
		assertThat(odometer.body().path("distance").asDouble()).isEqualTo(18234.5);
		assertThat(odometer.headers())
			.isEqualTo(Map.of("sc-unit-system", "metric", "sc-data-age", "2025-10-30T08:59:00.000Z"));
		PathData fuel = event.vehicles().get(0).data().get(1);
		assertThat(fuel.code()).isEqualTo(501);
		assertThat(fuel.body().path("code").asString()).isEqualTo("VEHICLE_NOT_CAPABLE");
		assertThat(fuel.headers()).isEmpty();
	}

	@Test
	void readsALegacyEventBasedDelivery() {
		assertThat(event("EventBasedV2.json")).isEqualTo(new LegacyVehicleEvent("d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70",
				"live", "aa11bb22-cc33-4d44-8e55-ff6677889900", "8b1d2c3e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
				"CHARGING_STARTED", Instant.parse("2025-10-30T21:04:13.000Z")));
	}

	@Test
	void anEventTypeOrNameItDoesNotKnowIsUnknownNotMalformed() {
		assertThat(read("{\"eventId\":\"e-1\",\"eventType\":\"VEHICLE_PARKED\",\"data\":{}}"))
			.isEqualTo(new WebhookPayload.Unknown("eventType VEHICLE_PARKED"));
		assertThat(read("{\"version\":\"2.0\",\"webhookId\":\"w\",\"eventName\":\"somethingNew\",\"payload\":{}}"))
			.isEqualTo(new WebhookPayload.Unknown("eventName somethingNew"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{"eventType":"VEHICLE_STATE","data":{"vehicle":{"id":"v"}}}                  | the body has no eventId
					{"eventId":"e","eventType":"VEHICLE_STATE","data":{}}                        | the body has no data.vehicle.id
					{"eventId":"e","eventType":"VEHICLE_STATE","vehicleId":"v","data":{"signals":{}}} | data.signals is not an array
					{"eventId":"e","eventType":"VEHICLE_STATE","vehicleId":"v","data":{"signals":[{"name":"x"}]}} | the body has no data.signals[0].code
					{"eventId":"e","eventType":"VEHICLE_STATE","vehicleId":"v","triggers":[{}],"data":{}} | trigger 0 has neither a type nor a code
					{"eventId":"e","eventType":"VERIFY","data":{}}                               | the body has no data.challenge
					{"eventId":"e","eventType":"","data":{}}                                     | the body has no eventType
					{"version":"2.0","eventName":"verify","payload":{}}                         | the body has no payload.challenge
					{"version":"2.0","webhookId":"w","eventName":"eventBased","payload":{"vehicleId":"v","eventType":"CHARGING_STARTED"}} | the body has no payload.eventId
					{"version":"2.0","webhookId":"w","eventName":"scheduled","payload":{"vehicles":[{"vehicleId":"v","data":[{"path":"/odometer","code":"ok"}]}]}} | payload.vehicles[0].data[0].code is not a number
					{"pizza":"pasta"}                                                            | the body has neither eventType (payload versions 3.0 and 4.0) nor eventName (payload version 2.0)
					["VERIFY"]                                                                   | the body is not a JSON object
					""")
	void aBodyThatIsNotASmartcarPayloadIsMalformedSayingWhy(String body, String problem) {
		assertThatExceptionOfType(MalformedWebhookException.class).isThrownBy(() -> read(body)).withMessage(problem);
	}

	@Test
	void aBodyThatIsNotJsonIsMalformedSayingWhereButNotWhat() {
		assertThatExceptionOfType(MalformedWebhookException.class)
			.isThrownBy(() -> read("{\"eventType\":\"VEHICLE_STATE\",\n \"secret-token-value\" oops}"))
			.withMessageStartingWith("the body is not JSON (line 2, column ")
			.withMessageNotContaining("secret-token-value");
		assertThatExceptionOfType(MalformedWebhookException.class).isThrownBy(() -> read(""))
			.withMessageStartingWith("the body is not");
	}

	@Test
	void anEventIdLongerThan255CharactersIsMalformed() {
		String eventId = "e".repeat(WebhookPayloads.MAX_EVENT_ID_LENGTH + 1);
		assertThatExceptionOfType(MalformedWebhookException.class)
			.isThrownBy(
					() -> read("{\"eventId\":\"" + eventId + "\",\"eventType\":\"VEHICLE_STATE\",\"vehicleId\":\"v\"}"))
			.withMessage("eventId is longer than 255 characters");
		assertThat(read(
				"{\"eventId\":\"" + eventId.substring(1) + "\",\"eventType\":\"VEHICLE_STATE\",\"vehicleId\":\"v\"}"))
			.isInstanceOf(WebhookPayload.Event.class);
	}

	private SmartcarWebhookEvent event(String fixture) {
		WebhookPayload payload = this.payloads.read(fixture(fixture));
		assertThat(payload).isInstanceOf(WebhookPayload.Event.class);
		return ((WebhookPayload.Event) payload).event();
	}

	private WebhookPayload read(String body) {
		return this.payloads.read(body.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] fixture(String name) {
		return RecordedPayloads.fixture("smartcar-docs/webhooks/" + name).getBytes(StandardCharsets.UTF_8);
	}

}
