package org.smartcarboot.readme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.simulator.SimulatedDelivery;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's test of a webhook listener, run against the README application (which does
 * not scan components, hence the import of the listener).
 */
@Import(BatteryLevels.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "smartcar.webhooks.enabled=true")
class BatteryLevelsTests {

	@RegisterExtension
	static SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	@DynamicPropertySource
	static void smartcar(DynamicPropertyRegistry registry) {
		smartcar.simulator().springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@LocalServerPort
	int port;

	@Autowired
	BatteryLevels batteryLevels;

	@Test
	void keepsTheStateOfChargeOfADelivery(SmartcarSimulator simulator) {
		SimulatedVehicle car = simulator.vehicles().get(0);
		car.setBatteryPercentRemaining(0.42);

		SimulatedDelivery delivery = simulator.webhooks()
			.deliverVehicleState("http://localhost:" + this.port + "/smartcar/webhooks", car.id(),
					"tractionbattery-stateofcharge");

		assertThat(delivery.status()).isEqualTo(200);
		assertThat(this.batteryLevels.percent(car.id())).isEqualTo(42);
		assertThat(simulator.webhooks().redeliver(delivery).status()).isEqualTo(200); // acknowledged,
																						// not
																						// published
																						// again
	}

}
