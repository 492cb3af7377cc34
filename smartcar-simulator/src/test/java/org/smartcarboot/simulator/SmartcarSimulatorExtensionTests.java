package org.smartcarboot.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SmartcarSimulatorExtension}.
 */
class SmartcarSimulatorExtensionTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	/**
	 * Read during class initialisation, before {@code beforeAll}: {@code simulator()}
	 * starts the simulator, so the port is real.
	 */
	private static final int PORT_AT_CLASS_INIT = smartcar.simulator().port();

	@Test
	void injectsTheRunningSimulator(SmartcarSimulator simulator) {
		assertThat(simulator).isSameAs(smartcar.simulator());
		assertThat(simulator.isRunning()).isTrue();
		assertThat(simulator.port()).isPositive().isEqualTo(PORT_AT_CLASS_INIT);
	}

	@Test
	void springPropertiesPointAtTheSimulator(SmartcarSimulator simulator) {
		assertThat(simulator.springProperties()).containsEntry("smartcar.client-id", simulator.clientId())
			.containsEntry("smartcar.client-secret", simulator.clientSecret())
			.containsEntry("smartcar.urls.api", "http://localhost:" + PORT_AT_CLASS_INIT)
			.containsEntry("smartcar.management-token", simulator.managementToken())
			.containsEntry("smartcar.urls.v3", "http://localhost:" + PORT_AT_CLASS_INIT + "/v3")
			.hasSize(8);
		String apiUrl = simulator.springProperties().get("smartcar.urls.api");
		assertThat(apiUrl).isEqualTo(simulator.baseUrl());
	}

	/**
	 * Injected faults and request counts of one test do not leak into the next.
	 */
	@Nested
	@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
	class ResetsBeforeEachTest {

		@Test
		@Order(1)
		void injectFaultAndMakeRequests(SmartcarSimulator simulator) {
			simulator.failEndpoint("GET", "/v2.0/user", SimulatedError.serverError());
			assertThat(new SimulatorClient(simulator).get("/v2.0/user").statusCode()).isEqualTo(500);
			assertThat(simulator.requestCount("GET", "/v2.0/user")).isEqualTo(1);
			SimulatedVehicle first = simulator.vehicles().get(0);
			new DriverApi(simulator).delete("/v2.0/vehicles/" + first.id() + "/application");
			assertThat(first.isConnected()).isFalse();
		}

		@Test
		@Order(2)
		void faultCountsAndDisconnectionsAreGone(SmartcarSimulator simulator) {
			assertThat(simulator.requestCount("GET", "/v2.0/user")).isZero();
			assertThat(new SimulatorClient(simulator).get("/v2.0/user").statusCode()).isEqualTo(401);
			assertThat(simulator.connectedVehicles()).as("reconnected").isEqualTo(simulator.vehicles());
		}

		@Test
		@Order(3)
		void nestedClassesShareTheRunningSimulator(SmartcarSimulator simulator) {
			assertThat(simulator.port()).isEqualTo(PORT_AT_CLASS_INIT);
		}

	}

	/**
	 * Registered in an instance field, the extension runs a simulator per test and JUnit
	 * closes it afterwards.
	 */
	@Nested
	class InstanceField {

		private static final List<SmartcarSimulator> used = new CopyOnWriteArrayList<>();

		private final SmartcarSimulator own = new SmartcarSimulator();

		@RegisterExtension
		final SmartcarSimulatorExtension perTest = new SmartcarSimulatorExtension(this.own);

		@AfterAll
		static void simulatorsWereStopped() {
			assertThat(used).hasSize(2).doesNotHaveDuplicates().noneMatch(SmartcarSimulator::isRunning);
		}

		@Test
		void startsBeforeTheTest() {
			used.add(this.own);
			assertThat(this.own.isRunning()).as("started by beforeEach").isTrue();
			assertThat(this.own.port()).isNotEqualTo(PORT_AT_CLASS_INIT);
			assertThat(this.perTest.simulator()).isSameAs(this.own);
		}

		@Test
		void servesRequests() {
			used.add(this.own);
			assertThat(new SimulatorClient(this.own).get("/v2.0/user").statusCode()).isEqualTo(401);
		}

	}

}
