package org.smartcarboot.simulator.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AutoConfigureSmartcarSimulator} through Spring's test framework, which
 * finds the support in {@code META-INF/spring.factories}: the simulator is a bean the
 * test gets injected, the properties point at it unless the test sets its own, and each
 * test starts with no faults and no counted requests.
 */
@SpringBootTest(classes = AutoConfigureSmartcarSimulatorTests.Empty.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "smartcar.urls.v3=http://localhost:1/v3")
@AutoConfigureSmartcarSimulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureSmartcarSimulatorTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private SmartcarSimulator simulator;

	@Autowired
	private Environment environment;

	@Test
	@Order(1)
	void injectsTheRunningSimulatorThePropertiesPointAt() throws Exception {
		assertThat(this.simulator.isRunning()).isTrue();
		assertThat(this.environment.getProperty("smartcar.urls.connect")).isEqualTo(this.simulator.baseUrl());
		assertThat(this.environment.getProperty("smartcar.urls.v3")).as("the test's own")
			.isEqualTo("http://localhost:1/v3");

		this.simulator.failEndpoint("GET", "/v2.0/user", SimulatedError.serverError());

		assertThat(userStatus()).isEqualTo(500);
		assertThat(this.simulator.requestCount("GET", "/v2.0/user")).isOne();
	}

	@Test
	@Order(2)
	void startsEachTestWithNoFaultsAndNoCountedRequests() throws Exception {
		assertThat(this.simulator.requestCount("GET", "/v2.0/user")).isZero();
		assertThat(userStatus()).as("no token, no fault").isEqualTo(401);
	}

	private int userStatus() throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create(this.simulator.baseUrl() + "/v2.0/user")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@Nested
	class NestedTests {

		@Autowired
		private SmartcarSimulator nestedSimulator;

		@Test
		void shareTheSimulatorOfTheEnclosingClass() {
			assertThat(this.nestedSimulator).isSameAs(AutoConfigureSmartcarSimulatorTests.this.simulator);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
