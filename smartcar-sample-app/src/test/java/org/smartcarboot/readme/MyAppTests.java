package org.smartcarboot.readme;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's testing snippet, compiled; surefire does not run it (see the module's
 * pom): its elided part is the application's own test.
 */
@SpringBootTest
class MyAppTests {

	@RegisterExtension
	static SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	@DynamicPropertySource
	static void smartcar(DynamicPropertyRegistry registry) {
		smartcar.simulator().springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void showsARateLimit(SmartcarSimulator simulator) {
		simulator.failEndpoint("GET", "/v2.0/vehicles/{id}/odometer", SimulatedError.rateLimit(Duration.ofSeconds(30)));
		// ...
	}

}
