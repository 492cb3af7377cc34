package org.smartcarboot.readme;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedFault;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.test.AutoConfigureSmartcarSimulator;
import org.smartcarboot.simulator.test.SmartcarTestLogin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.simulator.test.SmartcarMockMvcRequestPostProcessors.smartcarDriver;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureSmartcarSimulator
class MyAppTests {

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	@Autowired
	MockMvc mockMvc;

	@Autowired
	SmartcarSimulator simulator;

	@LocalServerPort
	int port;

	@Test
	void readsTheOdometersOfTheSignedInDriver() throws Exception {
		// the simulator's driver has four cars
		this.mockMvc.perform(get("/odometers").with(smartcarDriver()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4));
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(4);
	}

	@Test
	void locksACar() throws Exception {
		String id = this.simulator.vehicles().get(0).id();
		this.mockMvc.perform(post("/vehicles/{id}/lock", id).with(smartcarDriver()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string("success"));
		assertThat(this.simulator.vehicle(id).isLocked()).isTrue();
	}

	@Test
	void retriesARateLimitedRead() throws Exception {
		// only the next request is rate limited; the starter reads again after
		// retry-after
		this.simulator.failEndpoint("GET", ODOMETER,
				SimulatedFault.error(SimulatedError.rateLimit(Duration.ofSeconds(1))), 1);
		this.mockMvc.perform(get("/odometers").with(smartcarDriver())).andExpect(status().isOk());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(5);
	}

	@Test
	void signsInThroughConnectOverTheRealPort() {
		RestTestClient driver = SmartcarTestLogin.signIn("http://localhost:" + this.port, this.simulator);
		driver.get().uri("/odometers").exchange().expectStatus().isOk();
	}

}
