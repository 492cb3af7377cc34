package org.smartcarboot.sample;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.smartcarboot.sample.webhooks.ReceivedEvent;
import org.smartcarboot.sample.webhooks.ReceivedEvents;
import org.smartcarboot.simulator.SimulatedDelivery;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SimulatedWebhooks;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app's webhook endpoint over its real port, behind the app's own security
 * filter chain, fed by the embedded simulator: verification in both formats, a delivery
 * reaching the events the app keeps and its page, forged and unsigned ones refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleAppWebhookTest {

	@LocalServerPort
	private int port;

	@Autowired
	private SmartcarSimulator simulator;

	@Autowired
	private ReceivedEvents received;

	@Test
	void verificationRequestsOfBothFormatsAreAnsweredWithoutLoginOrCsrfToken() {
		assertThat(webhooks().deliverVerify(url()).accepted()).isTrue();
		assertThat(webhooks().deliverLegacyVerify(url()).accepted()).isTrue();
	}

	@Test
	void aSignedDeliveryIsKeptForTheEventsPageAndAForgedOrUnsignedOneIsRefused() throws Exception {
		SimulatedVehicle car = this.simulator.vehicles().get(2);

		SimulatedDelivery delivery = webhooks().deliverVehicleState(url(), car.id(), "odometer-traveleddistance");
		SimulatedDelivery forged = webhooks().deliverForged(url(), delivery.body().replace(delivery.eventId(), "f-1"));
		SimulatedDelivery unsigned = webhooks().deliverWithSignature(url(),
				delivery.body().replace(delivery.eventId(), "u-1"), null);

		assertThat(delivery.status()).isEqualTo(200);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(this.received.latest()).extracting(ReceivedEvent::eventId)
			.contains(delivery.eventId())
			.doesNotContain("f-1", "u-1");
		ReceivedEvent event = this.received.latest()
			.stream()
			.filter((kept) -> delivery.eventId().equals(kept.eventId()))
			.findFirst()
			.orElseThrow();
		assertThat(event.kind()).isEqualTo("Vehicle state");
		assertThat(event.vehicle()).isEqualTo(car.make() + " " + car.model());
		assertThat(event.details()).anyMatch((detail) -> detail.startsWith("odometer-traveleddistance: "));

		DriverHttpClient driver = new DriverHttpClient(appUrl(), this.simulator);
		HttpResponse<String> anonymous = driver.get("/webhook-events");
		assertThat(anonymous.statusCode()).as("the events page needs a login").isEqualTo(302);
		driver.signIn();
		HttpResponse<String> page = driver.get("/webhook-events");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(delivery.eventId()).doesNotContain("f-1");
	}

	private SimulatedWebhooks webhooks() {
		return this.simulator.webhooks();
	}

	private String appUrl() {
		return "http://localhost:" + this.port;
	}

	private String url() {
		return appUrl() + "/smartcar/webhooks";
	}

}
