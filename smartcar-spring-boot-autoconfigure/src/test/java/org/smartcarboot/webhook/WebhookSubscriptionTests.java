package org.smartcarboot.webhook;

import org.junit.jupiter.api.Test;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.management.SmartcarManagementService;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import org.smartcarboot.vehicle.WebhookSubscription;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscribes a vehicle to a webhook with the driver's token and unsubscribes it with the
 * management token, through the starter's services, against the simulator.
 */
class WebhookSubscriptionTests extends SimulatorBackedTest {

	@Autowired
	private SmartcarVehicleService vehicles;

	@Autowired
	private SmartcarManagementService management;

	@Autowired
	private StoredTokens storedTokens;

	@Test
	void aVehicleIsSubscribedWithTheDriversTokenAndUnsubscribedWithTheManagementToken() {
		IssuedTokens tokens = simulator().issueTokens();
		this.storedTokens.save(simulator().userId(), tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn());
		SimulatedVehicle car = simulator().vehicles().get(1);
		String webhookId = simulator().webhooks().webhookId();

		WebhookSubscription subscription = this.vehicles.forUser(simulator().userId())
			.vehicle(car.id())
			.subscribe(webhookId)
			.value();

		assertThat(subscription).isEqualTo(new WebhookSubscription(webhookId, car.id()));
		assertThat(car.webhookSubscriptions()).containsExactly(webhookId);

		assertThat(this.management.unsubscribe(car.id(), webhookId).value().status()).isEqualTo("success");
		assertThat(car.webhookSubscriptions()).isEmpty();
	}

}
