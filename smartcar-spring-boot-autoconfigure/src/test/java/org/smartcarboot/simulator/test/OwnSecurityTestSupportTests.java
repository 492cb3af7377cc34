package org.smartcarboot.simulator.test;

import org.junit.jupiter.api.Test;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.smartcarboot.simulator.test.SmartcarMockMvcRequestPostProcessors.smartcarDriver;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The simulator's Spring test support on an application with a security filter chain of
 * its own: a public home page that is also the login page, Connect login landing on the
 * odometers, and CSRF protection of commands.
 */
@SpringBootTest(
		classes = { SmartcarTestApplication.class, DriverController.class,
				OwnSecurityTestSupportTests.OwnSecurity.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "smartcar.scopes=read_vehicle_info,read_odometer,control_security")
@AutoConfigureMockMvc
@AutoConfigureSmartcarSimulator
class OwnSecurityTestSupportTests {

	@Autowired
	private MockMvc mockMvc;

	@Autowired
	private SmartcarSimulator simulator;

	@LocalServerPort
	private int port;

	@Test
	void withoutADriverTheChainSendsToItsLoginPage() throws Exception {
		this.mockMvc.perform(get("/odometers")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
	}

	@Test
	void signedInDriverReadsTheSimulatedCars() throws Exception {
		this.mockMvc.perform(get("/odometers").with(smartcarDriver()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.simulator.vehicles().get(0).id())));
	}

	@Test
	void signedInDriverLocksACarWithTheCsrfToken() throws Exception {
		SimulatedVehicle car = this.simulator.vehicles().get(1);
		car.setLocked(false);

		this.mockMvc.perform(post("/vehicles/{id}/lock", car.id()).with(smartcarDriver()))
			.andExpect(status().isForbidden());
		assertThat(car.isLocked()).as("refused without the CSRF token").isFalse();

		this.mockMvc.perform(post("/vehicles/{id}/lock", car.id()).with(smartcarDriver()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string("success"));
		assertThat(car.isLocked()).isTrue();
	}

	@Test
	void driverSignsInOverTheRealPort() {
		SmartcarTestLogin.signIn("http://localhost:" + this.port, this.simulator)
			.get()
			.uri("/odometers")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnSecurity {

		@Bean
		SecurityFilterChain driverFilterChain(HttpSecurity http) {
			return http
				.authorizeHttpRequests(
						(requests) -> requests.requestMatchers("/").permitAll().anyRequest().authenticated())
				.oauth2Login((login) -> login.loginPage("/").defaultSuccessUrl("/odometers", true))
				.build();
		}

	}

}
