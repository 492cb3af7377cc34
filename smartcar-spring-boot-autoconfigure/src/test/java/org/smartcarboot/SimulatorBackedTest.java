package org.smartcarboot;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that run the starter against the Smartcar simulator, with no web
 * server unless a subclass asks for one, asking Connect for every permission the
 * simulator serves unless a subclass sets {@code smartcar.scopes} itself.
 */
@SpringBootTest(classes = SmartcarTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = "smartcar.scopes=read_vehicle_info,read_vin,read_location,read_odometer,read_fuel,"
		+ "read_battery,read_charge,control_charge,read_engine_oil,read_tires,read_security,control_security,"
		+ "control_navigation,read_service_history,read_diagnostics")
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
