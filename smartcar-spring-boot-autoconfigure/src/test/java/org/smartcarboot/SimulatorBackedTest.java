package org.smartcarboot;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the starter against the Smartcar simulator, with no web
 * server unless a subclass asks for one.
 */
@SpringBootTest(classes = SmartcarTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class SimulatorBackedTest {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	@DynamicPropertySource
	static void pointAtSimulator(DynamicPropertyRegistry registry) {
		smartcar.simulator().springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	/**
	 * Returns the running simulator.
	 * @return the simulator
	 */
	protected static SmartcarSimulator simulator() {
		return smartcar.simulator();
	}

}
