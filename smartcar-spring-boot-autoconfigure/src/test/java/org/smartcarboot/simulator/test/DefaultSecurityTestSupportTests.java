package org.smartcarboot.simulator.test;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.simulator.test.SmartcarMockMvcRequestPostProcessors.smartcarDriver;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The simulator's Spring test support on an application with no security configuration of
 * its own (Spring Boot's default chain: every page needs a Connect login), whose
 * configuration points at real Smartcar with a production redirect URI (profile
 * {@code production}): MockMvc requests with {@code smartcarDriver()}, a Connect login
 * through MockMvc, and a sign-in over the real port all reach the simulator.
 */
@SpringBootTest(classes = { SmartcarTestApplication.class, DriverController.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "smartcar.scopes=read_vehicle_info,required:read_odometer,control_security")
@AutoConfigureMockMvc
@AutoConfigureSmartcarSimulator
@ActiveProfiles("production")
class DefaultSecurityTestSupportTests {

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	@Autowired
	private MockMvc mockMvc;

	@Autowired
	private SmartcarSimulator simulator;

	@Autowired
	private SmartcarVehicleService smartcar;

	@LocalServerPort
	private int port;

	@Test
	void signedInDriverReadsTheSimulatedCars() throws Exception {
		String odometers = this.mockMvc.perform(get("/odometers").with(smartcarDriver()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (SimulatedVehicle vehicle : this.simulator.vehicles()) {
			assertThat(odometers).contains(vehicle.id() + ": ");
		}
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(this.simulator.vehicles().size());
	}

	@Test
	void withoutADriverTheDefaultChainSendsToConnect() throws Exception {
		this.mockMvc.perform(get("/odometers"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/oauth2/authorization/smartcar"));
	}

	@Test
	void driverIsSignedInAsAConnectLoginSignsThemIn() throws Exception {
		MockHttpSession session = connectThroughMockMvc();

		String connected = this.mockMvc.perform(get("/me").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(connected).isEqualTo("OAuth2AuthenticationToken " + this.simulator.userId() + " smartcar {id="
				+ this.simulator.userId() + "} FACTOR_AUTHORIZATION_CODE,OAUTH2_USER");
		this.mockMvc.perform(get("/me").with(smartcarDriver())).andExpect(content().string(connected));
	}

	@Test
	void injectedFaultReachesTheController() throws Exception {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedError.vehicleState("ASLEEP"));

		this.mockMvc.perform(get("/odometers").with(smartcarDriver()))
			.andExpect(status().isConflict())
			.andExpect(content().string("VEHICLE_STATE"));
		assertThat(this.simulator.requestCount("GET", ODOMETER)).as("a vehicle state error is not retried").isOne();
	}

	@Test
	void driverGrantsTheRegistrationsScopesOrTheChosenPermissions() throws Exception {
		String vehicleId = this.simulator.vehicles().get(0).id();

		this.mockMvc.perform(get("/odometers").with(smartcarDriver().permissions("read_vehicle_info")));
		assertThat(driverVehicle(vehicleId).hasPermissions("read_vehicle_info")).isTrue();
		assertThat(driverVehicle(vehicleId).hasPermissions("read_odometer")).isFalse();

		this.mockMvc.perform(get("/odometers").with(smartcarDriver()));
		assertThat(driverVehicle(vehicleId).hasPermissions("read_vehicle_info", "read_odometer", "control_security"))
			.isTrue();
		assertThat(driverVehicle(vehicleId).hasPermissions("read_location")).isFalse();
	}

	@Test
	void driverSignsInOverTheRealPort() {
		SmartcarTestLogin.signIn("http://localhost:" + this.port, this.simulator)
			.get()
			.uri("/odometers")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((odometers) -> assertThat(odometers).contains(this.simulator.vehicles().get(0).id()));
		assertThat(this.simulator.tokenRequestCount("authorization_code")).isOne();
	}

	private SmartcarVehicle driverVehicle(String vehicleId) {
		return this.smartcar.forUser(this.simulator.userId()).vehicle(vehicleId);
	}

	/**
	 * Walks the Connect login through MockMvc, the simulator allowing access on its
	 * consent page.
	 * @return the signed-in session
	 */
	private MockHttpSession connectThroughMockMvc() throws Exception {
		MvcResult toConnect = this.mockMvc.perform(get("/oauth2/authorization/smartcar"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		MockHttpSession session = (MockHttpSession) toConnect.getRequest().getSession(false);
		String callback = this.simulator.allow(toConnect.getResponse().getRedirectedUrl());
		assertThat(callback).startsWith("http://localhost/login/oauth2/code/smartcar?");
		this.mockMvc.perform(get(URI.create(callback)).session(session)).andExpect(redirectedUrl("/"));
		return session;
	}

}
