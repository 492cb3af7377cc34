package org.smartcarboot.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.simulator.SimulatedDelivery;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SimulatedWebhooks;
import org.smartcarboot.webhook.VehicleStateEvent.Trigger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook endpoint over a real port, fed by the simulator's deliveries: the
 * verification handshake in both formats, typed events reaching listeners, the signature
 * over the raw bytes, and every refusal. Subclasses run it behind a security filter
 * chain: Spring Boot's default one, or an application's own.
 */
@ExtendWith(QuietOutputCaptureExtension.class)
abstract class WebhookEndpointTests extends SimulatorBackedTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private RecordedWebhookEvents recorded;

	/**
	 * Returns the path the endpoint is configured at.
	 * @return the path
	 */
	abstract String path();

	/**
	 * Returns the size limit the endpoint is configured with.
	 * @return the limit in bytes
	 */
	abstract int maxBodySize();

	@BeforeEach
	void forgetEvents() {
		this.recorded.clear();
	}

	@Test
	void answersVerificationRequestsOfBothPayloadFormatsSignedOrNot() {
		assertThat(webhooks().deliverVerify(url()).accepted()).isTrue();
		assertThat(webhooks().deliverLegacyVerify(url()).accepted()).isTrue();

		SimulatedDelivery signed = webhooks().deliver(url(),
				"{\"eventId\":\"verify-1\",\"eventType\":\"VERIFY\",\"data\":{\"challenge\":\"c4a11e6e\"}}");
		assertThat(signed.status()).isEqualTo(200);
		assertThat(signed.responseBody()).isEqualTo("{\"challenge\":\"" + webhooks().sign("c4a11e6e") + "\"}");
		assertThat(this.recorded.events()).isEmpty();
	}

	@Test
	void aVehicleStateEventReachesTypedListenersWithItsFields() {
		SimulatedVehicle car = simulator().vehicles().get(0);
		car.setLocked(true);
		car.setOdometerKm(31415.9);

		SimulatedDelivery delivery = webhooks().deliverVehicleState(url(), car.id(), "closure-islocked");

		assertThat(delivery.status()).isEqualTo(200);
		assertThat(this.recorded.events()).hasSize(1);
		VehicleStateEvent event = this.recorded.vehicleStates().get(0);
		assertThat(this.recorded.events().get(0)).isEqualTo(event);
		assertThat(event.eventId()).isEqualTo(delivery.eventId());
		assertThat(event.vehicle())
			.isEqualTo(new WebhookVehicle(car.id(), car.make(), car.model(), car.year(), car.vin()));
		assertThat(event.userId()).isEqualTo(simulator().userId());
		assertThat(event.triggers())
			.containsExactly(new Trigger(VehicleStateEvent.SIGNAL_UPDATED, "closure-islocked", "IsLocked", "Closure"));
		assertThat(event.signal("closure-islocked").orElseThrow().body().path("value").asBoolean()).isTrue();
		assertThat(event.signal("odometer-traveleddistance").orElseThrow().body().path("value").asDouble())
			.isEqualTo(31415.9);
		assertThat(event.signal("tractionbattery-stateofcharge").orElseThrow().retrievedAt()).isNotNull();
		assertThat(event.meta().webhookId()).isEqualTo(SimulatedWebhooks.WEBHOOK_ID);
		assertThat(event.meta().version()).isEqualTo("4.0");
		assertThat(event.meta().deliveredAt()).isNotNull();
		assertThat(event.isFirstDelivery()).isFalse();
	}

	@Test
	void vehicleErrorsAndLegacyDeliveriesArePublishedAsTheirOwnEvents() {
		SimulatedVehicle car = simulator().vehicles().get(1);

		assertThat(webhooks().deliverVehicleError(url(), car.id(), "VEHICLE_STATE", "UNREACHABLE").status())
			.isEqualTo(200);
		assertThat(webhooks().deliverLegacySchedule(url(), car.id()).status()).isEqualTo(200);
		assertThat(webhooks().deliverLegacyChargingEvent(url(), car.id(), "CHARGING_COMPLETED").status())
			.isEqualTo(200);

		assertThat(this.recorded.events()).hasSize(3);
		VehicleErrorEvent error = (VehicleErrorEvent) this.recorded.events().get(0);
		assertThat(error.vehicle().id()).isEqualTo(car.id());
		assertThat(error.errors()).singleElement().satisfies((vehicleError) -> {
			assertThat(vehicleError.type()).isEqualTo("VEHICLE_STATE");
			assertThat(vehicleError.code()).isEqualTo("UNREACHABLE");
			assertThat(vehicleError.isResolved()).isFalse();
			assertThat(vehicleError.signalCodes()).contains("odometer-traveleddistance");
		});
		LegacyVehicleDataEvent schedule = (LegacyVehicleDataEvent) this.recorded.events().get(1);
		assertThat(schedule.webhookId()).isEqualTo(SimulatedWebhooks.WEBHOOK_ID);
		assertThat(schedule.vehicles()).singleElement().satisfies((data) -> {
			assertThat(data.vehicleId()).isEqualTo(car.id());
			assertThat(data.data().get(0).path()).isEqualTo("/odometer");
			assertThat(data.data().get(0).body().path("distance").asDouble()).isEqualTo(car.odometerKm());
		});
		LegacyVehicleEvent charging = (LegacyVehicleEvent) this.recorded.events().get(2);
		assertThat(charging.vehicleId()).isEqualTo(car.id());
		assertThat(charging.eventType()).isEqualTo("CHARGING_COMPLETED");
		assertThat(this.recorded.vehicleStates()).isEmpty();
	}

	@Test
	void aBodyWithExtraWhitespaceVerifiesBecauseTheRawBytesAreSigned() {
		String body = spaciousVehicleState("spacious-1");

		assertThat(webhooks().deliver(url(), body).status()).isEqualTo(200);
		String compact = body.replaceAll("\\s+", "");
		assertThat(webhooks().deliverWithSignature(url(), body, webhooks().sign(compact)).status()).isEqualTo(401);

		assertThat(this.recorded.vehicleStates()).singleElement()
			.satisfies((event) -> assertThat(event.eventId()).isEqualTo("spacious-1"));
	}

	@Test
	void forgedMissingAndWrongKeySignaturesAreRefusedAndNothingIsPublished(CapturedOutput output) {
		String body = spaciousVehicleState("forged-1");
		String signature = webhooks().sign(body);
		String forged = signature.substring(0, 63) + ((signature.charAt(63) == '0') ? '1' : '0');

		assertThat(webhooks().deliverWithSignature(url(), body, forged).status()).isEqualTo(401);
		assertThat(webhooks().deliverWithSignature(url(), body, null).status()).isEqualTo(401);
		assertThat(webhooks().deliverForged(url(), body).status()).isEqualTo(401);
		assertThat(webhooks().deliverWithSignature(url(), body, "sha256=" + signature).status()).isEqualTo(401);

		assertThat(this.recorded.events()).isEmpty();
		assertThat(output).contains("Refused a Smartcar webhook request without the SC-Signature header")
			.contains("Refused a Smartcar webhook request: its SC-Signature header is not the signature of its body")
			.doesNotContain(simulator().managementToken());
	}

	@Test
	void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
		String padded = pad(spaciousVehicleState("at-the-limit"), maxBodySize());
		assertThat(webhooks().deliver(url(), padded).status()).isEqualTo(200);

		String over = padded + " ";
		assertThat(webhooks().deliver(url(), over).status()).isEqualTo(413);
		HttpRequest.BodyPublisher undeclaredLength = HttpRequest.BodyPublishers
			.ofInputStream(() -> new ByteArrayInputStream(over.getBytes(StandardCharsets.UTF_8)));
		assertThat(undeclaredLength.contentLength()).as("sent chunked, without Content-Length").isNegative();
		HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(url()))
			.header("Content-Type", "application/json")
			.header("SC-Signature", webhooks().sign(over))
			.POST(undeclaredLength)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(chunked.statusCode()).isEqualTo(413);

		assertThat(this.recorded.events()).extracting(SmartcarWebhookEvent::eventId).containsExactly("at-the-limit");
	}

	@Test
	void aSignedBodyThatIsNotJsonIs400AndTheLogSaysWhyWithoutTheBody(CapturedOutput output) {
		String broken = "{\"eventId\":\"broken-1\",\"eventType\":\"VEHICLE_STATE\",\n\"data\":{\"vehicle\":"
				+ "{\"id\":\"SECRET-LOCATION-48.1351\"";
		String notSmartcar = "{\"pizza\":\"SECRET-PASTA\"}";

		assertThat(webhooks().deliver(url(), broken).status()).isEqualTo(400);
		assertThat(webhooks().deliver(url(), notSmartcar).status()).isEqualTo(400);
		assertThat(webhooks().deliverWithSignature(url(), broken, null).status()).isEqualTo(401);

		assertThat(this.recorded.events()).isEmpty();
		assertThat(output).contains("Refused a signed Smartcar webhook request: the body is not JSON (line 2, column")
			.contains("Refused a signed Smartcar webhook request: the body has neither eventType")
			.doesNotContain("SECRET-LOCATION")
			.doesNotContain("SECRET-PASTA");
	}

	@Test
	void aRedeliveryIsAcknowledgedButPublishedOnceEvenWithANewDeliveryId() {
		SimulatedVehicle car = simulator().vehicles().get(2);
		SimulatedDelivery delivery = webhooks().deliverVehicleState(url(), car.id());

		assertThat(webhooks().redeliver(delivery).status()).isEqualTo(200);
		String newDelivery = delivery.body().replaceFirst("\"deliveryId\":\"[^\"]+\"", "\"deliveryId\":\"retry-2\"");
		assertThat(newDelivery).isNotEqualTo(delivery.body());
		assertThat(webhooks().deliver(url(), newDelivery).status()).isEqualTo(200);

		assertThat(this.recorded.events()).singleElement()
			.satisfies((event) -> assertThat(event.eventId()).isEqualTo(delivery.eventId()));
	}

	@Test
	void aListenerThatFailsMakesTheAnswer500AndSmartcarsRedeliveryIsPublished() {
		String vehicleId = simulator().vehicles().get(3).id();
		this.recorded.setFailing(true);
		SimulatedDelivery delivery = webhooks().deliverVehicleErrorResolved(url(), vehicleId, "PERMISSION", "SCOPE");
		assertThat(delivery.status()).isEqualTo(500);

		this.recorded.setFailing(false);
		assertThat(webhooks().redeliver(delivery).status()).isEqualTo(200);
		assertThat(this.recorded.events()).singleElement()
			.isInstanceOfSatisfying(VehicleErrorEvent.class,
					(event) -> assertThat(event.errors().get(0).isResolved()).isTrue());
	}

	@Test
	void otherPagesStillNeedALogin() throws IOException, InterruptedException {
		HttpResponse<String> page = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
	}

	private String url() {
		return "http://127.0.0.1:" + this.port + path();
	}

	private static SimulatedWebhooks webhooks() {
		return simulator().webhooks();
	}

	/**
	 * A vehicle state event written by hand, with tabs, newlines and spaces that a parsed
	 * and written again body would not have.
	 */
	private static String spaciousVehicleState(String eventId) {
		return """
				{
					"eventId" : "%s",
					"eventType" :   "VEHICLE_STATE",
					"data" : {
						"vehicle" : { "id" : "%s", "make" : "TESLA" },
						"signals" : [ { "code" : "closure-islocked", "body" : { "value" : true } } ],
						"triggers" : [ { "code" : "FIRST_DELIVERY" } ]
					},
					"meta" : { "version" : "4.0" }
				}
				""".formatted(eventId, simulator().vehicles().get(0).id());
	}

	private static String pad(String json, int size) {
		int bytes = json.getBytes(StandardCharsets.UTF_8).length;
		return json + " ".repeat(size - bytes);
	}

}
