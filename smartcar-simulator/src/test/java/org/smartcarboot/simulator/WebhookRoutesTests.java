package org.smartcarboot.simulator;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.simulator.DriverApi.assertError;
import static org.smartcarboot.simulator.SimulatorClient.bearer;
import static org.smartcarboot.simulator.SimulatorClient.json;

/**
 * Tests for subscribing cars to webhooks and unsubscribing them, over HTTP.
 */
class WebhookRoutesTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatorClient client = new SimulatorClient(this.simulator);

	private final DriverApi api = new DriverApi(this.simulator);

	private final SimulatedVehicle ford = this.simulator.vehicles().get(1);

	private final String webhookPath = "/v2.0/vehicles/" + this.ford.id() + "/webhooks/wh-42";

	@Test
	void subscribeWithTheDriversTokenAndUnsubscribeWithTheManagementToken() {
		assertThat(json(this.api.post(this.webhookPath, ""))).containsExactly(Map.entry("webhookId", "wh-42"),
				Map.entry("vehicleId", this.ford.id()));
		assertThat(this.ford.webhookSubscriptions()).containsExactly("wh-42");

		assertThat(
				json(this.client.delete(this.webhookPath, "Authorization", bearer(this.simulator.managementToken()))))
			.containsExactly(Map.entry("status", "success"));
		assertThat(this.ford.webhookSubscriptions()).isEmpty();
	}

	@Test
	void unsubscribingNeedsTheManagementToken() {
		this.api.post(this.webhookPath, "");
		assertError(this.api.delete(this.webhookPath), 401, "AUTHENTICATION", null);
		assertError(this.client.delete(this.webhookPath, "Authorization", bearer("not-the-token")), 401,
				"AUTHENTICATION", null);
		assertThat(this.ford.webhookSubscriptions()).containsExactly("wh-42");
		assertError(
				this.client.postJson(this.webhookPath, "", "Authorization", bearer(this.simulator.managementToken())),
				401, "AUTHENTICATION", null);
	}

	@Test
	void disconnectingEndsTheSubscriptions() {
		this.api.post(this.webhookPath, "");
		this.api.delete("/v2.0/vehicles/" + this.ford.id() + "/application");
		assertThat(this.ford.webhookSubscriptions()).isEmpty();
		assertError(this.api.post(this.webhookPath, ""), 404, "RESOURCE_NOT_FOUND", "PATH");
	}

}
