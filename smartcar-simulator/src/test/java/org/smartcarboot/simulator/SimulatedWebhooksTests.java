package org.smartcarboot.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.common.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests the simulator's webhook deliveries against a receiver on a local port that
 * records what arrives and answers as each test says.
 */
class SimulatedWebhooksTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatedWebhooks webhooks = this.simulator.webhooks();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile Function<Received, Answer> answer = (request) -> new Answer(200, "", null);

	private HttpServer receiver;

	private String url;

	@BeforeEach
	void startReceiver() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/hooks", this::receive);
		this.receiver.start();
		this.url = "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hooks";
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	@Test
	void aVehicleStateEventCarriesTheCarsStateAndIsSignedOverItsBody() {
		SimulatedVehicle tesla = this.simulator.vehicles().get(0);
		tesla.setLocked(false);
		tesla.setOdometerKm(12345.5);

		SimulatedDelivery delivery = this.webhooks.deliverVehicleState(this.url, tesla.id(), "closure-islocked");

		Received request = this.received.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.contentType()).isEqualTo("application/json");
		assertThat(request.body()).isEqualTo(delivery.body());
		assertThat(request.signature()).isEqualTo(delivery.signature())
			.isEqualTo(WebhookSignature.of(this.simulator.managementToken(), request.body()))
			.matches("[0-9a-f]{64}");
		assertThat(delivery.status()).isEqualTo(200);
		assertThat(delivery.acknowledged()).isTrue();
		Map<String, Object> body = json(request.body());
		assertThat(body).containsEntry("eventType", "VEHICLE_STATE")
			.containsEntry("eventId", delivery.eventId())
			.containsEntry("vehicleId", tesla.id());
		Map<String, Object> data = map(body.get("data"));
		assertThat(map(data.get("vehicle"))).containsEntry("id", tesla.id())
			.containsEntry("make", tesla.make())
			.containsEntry("vin", tesla.vin());
		assertThat(map(data.get("user"))).containsEntry("id", this.simulator.userId());
		assertThat(list(data.get("triggers")))
			.containsExactly(Map.of("code", "closure-islocked", "name", "IsLocked", "group", "Closure"));
		List<Map<String, Object>> signals = list(data.get("signals"));
		assertThat(signals).extracting((signal) -> signal.get("code"))
			.containsExactly("odometer-traveleddistance", "location-preciselocation", "closure-islocked",
					"tractionbattery-stateofcharge", "charge-ischarging");
		Map<String, Object> odometer = map(signals.get(0).get("body"));
		assertThat(odometer).containsEntry("unit", "kilometers");
		assertThat(((Number) odometer.get("value")).doubleValue()).isEqualTo(12345.5);
		assertThat(signals.get(2).get("body")).isEqualTo(Map.of("value", false));
		assertThat(map(body.get("meta"))).containsEntry("version", "4.0")
			.containsEntry("webhookId", SimulatedWebhooks.WEBHOOK_ID)
			.containsEntry("signalCount", 5);
	}

	@Test
	void withoutChangedSignalsItIsTheFirstDeliveryAndACombustionCarReportsFuel() {
		SimulatedVehicle rav4 = this.simulator.vehicles().get(3);

		SimulatedDelivery delivery = this.webhooks.deliverVehicleState(this.url, rav4.id());

		Map<String, Object> data = map(json(delivery.body()).get("data"));
		assertThat(list(data.get("triggers"))).containsExactly(Map.of("code", "FIRST_DELIVERY"));
		assertThat(list(data.get("signals"))).extracting((signal) -> signal.get("code"))
			.contains("internalcombustionengine-fuellevel")
			.doesNotContain("tractionbattery-stateofcharge");
	}

	@Test
	void eachEventHasItsOwnIdAndARedeliveryRepeatsTheBytesAndTheSignature() {
		String vehicleId = this.simulator.vehicles().get(1).id();
		SimulatedDelivery first = this.webhooks.deliverVehicleError(this.url, vehicleId, "VEHICLE_STATE", "ASLEEP");
		SimulatedDelivery second = this.webhooks.deliverVehicleError(this.url, vehicleId, "VEHICLE_STATE", "ASLEEP");
		SimulatedDelivery again = this.webhooks.redeliver(first);

		assertThat(first.eventId()).isNotEqualTo(second.eventId());
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(again.eventId()).isEqualTo(first.eventId());
		assertThat(this.received.get(2).body()).isEqualTo(first.body());
		assertThat(this.received.get(2).signature()).isEqualTo(first.signature());
		Map<String, Object> error = list(map(json(first.body()).get("data")).get("errors")).get(0);
		assertThat(error).containsEntry("type", "VEHICLE_STATE")
			.containsEntry("code", "ASLEEP")
			.containsEntry("state", "ERROR");
		SimulatedDelivery resolved = this.webhooks.deliverVehicleErrorResolved(this.url, vehicleId, "VEHICLE_STATE",
				"ASLEEP");
		assertThat(list(map(json(resolved.body()).get("data")).get("errors")).get(0)).containsEntry("state",
				"RESOLVED");
	}

	@Test
	void verificationRequestsAreUnsignedAndAcceptedOnlyWithTheHashOfTheChallengeAsJson() {
		this.answer = (request) -> {
			Map<String, Object> data = map(json(request.body()).get("data"));
			String hash = WebhookSignature.of(this.simulator.managementToken(), (String) data.get("challenge"));
			return new Answer(200, "{\"challenge\":\"" + hash + "\"}", "application/json");
		};
		SimulatedVerification verification = this.webhooks.deliverVerify(this.url);

		assertThat(verification.accepted()).isTrue();
		assertThat(this.received.get(0).signature()).isNull();
		Map<String, Object> body = json(this.received.get(0).body());
		assertThat(body).containsEntry("eventType", "VERIFY");
		assertThat(map(body.get("data"))).containsEntry("challenge", verification.challenge());

		this.answer = (request) -> new Answer(200, "{\"challenge\":\"0000\"}", "application/json");
		assertThat(this.webhooks.deliverVerify(this.url).accepted()).isFalse();
		this.answer = (request) -> new Answer(401, "", null);
		assertThat(this.webhooks.deliverVerify(this.url).accepted()).isFalse();
	}

	@Test
	void aLegacyVerificationRequestCarriesItsChallengeInThePayload() {
		this.answer = (request) -> {
			Map<String, Object> payload = map(json(request.body()).get("payload"));
			String hash = WebhookSignature.of(this.simulator.managementToken(), (String) payload.get("challenge"));
			return new Answer(200, "{\"challenge\":\"" + hash + "\"}", "application/json;charset=UTF-8");
		};

		SimulatedVerification verification = this.webhooks.deliverLegacyVerify(this.url);

		assertThat(verification.accepted()).isTrue();
		assertThat(json(this.received.get(0).body())).containsEntry("version", "2.0")
			.containsEntry("eventName", "verify")
			.containsEntry("webhookId", SimulatedWebhooks.WEBHOOK_ID);
	}

	@Test
	void legacyDeliveriesHaveTheVersion2Shapes() {
		SimulatedVehicle ford = this.simulator.vehicles().get(1);

		Map<String, Object> schedule = json(this.webhooks.deliverLegacySchedule(this.url, ford.id()).body());
		Map<String, Object> vehicle = list(map(schedule.get("payload")).get("vehicles")).get(0);
		assertThat(schedule).containsEntry("eventName", "scheduled").containsEntry("version", "2.0");
		assertThat(vehicle).containsEntry("vehicleId", ford.id());
		assertThat(list(vehicle.get("data"))).extracting((data) -> data.get("path"))
			.containsExactly("/odometer", "/location", "/battery");

		SimulatedDelivery charging = this.webhooks.deliverLegacyChargingEvent(this.url, ford.id(), "CHARGING_STARTED");
		Map<String, Object> payload = map(json(charging.body()).get("payload"));
		assertThat(payload).containsEntry("vehicleId", ford.id()).containsEntry("eventType", "CHARGING_STARTED");
		assertThat(charging.eventId()).isEqualTo(payload.get("eventId")).isNotNull();
	}

	@Test
	void anyBodyIsSignedForgedOrSentWithoutSignatureAsAsked() {
		this.answer = (request) -> new Answer(401, "", null);
		String body = "{\n  \"pizza\" : \"pasta\"\n}";

		SimulatedDelivery signed = this.webhooks.deliver(this.url, body);
		SimulatedDelivery forged = this.webhooks.deliverForged(this.url, body);
		SimulatedDelivery unsigned = this.webhooks.deliverWithSignature(this.url, body, null);

		assertThat(this.received).extracting(Received::body).containsOnly(body);
		assertThat(this.received.get(0).signature()).isEqualTo(this.webhooks.sign(body));
		assertThat(forged.signature()).isNotEqualTo(this.webhooks.sign(body)).matches("[0-9a-f]{64}");
		assertThat(this.received.get(1).signature()).isEqualTo(forged.signature());
		assertThat(this.received.get(2).signature()).isNull();
		assertThat(signed.eventId()).isNull();
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(unsigned.acknowledged()).isFalse();
	}

	@Test
	void anUnknownCarSignalOrEventTypeIsRefusedBeforeSending() {
		String tesla = this.simulator.vehicles().get(0).id();
		assertThatIllegalArgumentException().isThrownBy(() -> this.webhooks.deliverVehicleState(this.url, "nope"))
			.withMessage("No simulated vehicle with id nope");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.webhooks.deliverVehicleState(this.url, tesla, "odometer"))
			.withMessageStartingWith(
					"The TESLA Model 3 has no signal odometer; its signals: [odometer-traveleddistance");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.webhooks.deliverLegacyChargingEvent(this.url, tesla, "charging started"))
			.withMessageContaining("eventType must be an upper-case name");
		assertThat(this.received).isEmpty();
	}

	private void receive(HttpExchange exchange) throws IOException {
		Received request = new Received(exchange.getRequestMethod(),
				exchange.getRequestHeaders().getFirst("Content-Type"),
				exchange.getRequestHeaders().getFirst("SC-Signature"),
				new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		this.received.add(request);
		Answer answer = this.answer.apply(request);
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		if (answer.contentType() != null) {
			exchange.getResponseHeaders().add("Content-Type", answer.contentType());
		}
		exchange.sendResponseHeaders(answer.status(), (body.length > 0) ? body.length : -1);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(String body) {
		return Json.read(body, Map.class);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private record Received(String method, String contentType, String signature, String body) {

	}

	private record Answer(int status, String body, String contentType) {

	}

}
