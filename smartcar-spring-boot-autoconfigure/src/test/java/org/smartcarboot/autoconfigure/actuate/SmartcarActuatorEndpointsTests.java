package org.smartcarboot.autoconfigure.actuate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code smartcar} health component, endpoint and info over a real port, on the
 * database token store, against the simulator: their JSON fields, and no token, secret or
 * driver id anywhere in them.
 */
@SpringBootTest(classes = { SmartcarTestApplication.class, SmartcarActuatorEndpointsTests.OpenActuator.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,info,smartcar",
				"management.endpoint.health.show-details=always", "smartcar.scopes=read_odometer,read_vin" })
class SmartcarActuatorEndpointsTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private static final String REVOKED_DRIVER = "driver-revoked-7f3a";

	private static final String UNLUCKY_DRIVER = "driver-unlucky-52c1";

	@DynamicPropertySource
	static void pointAtSimulator(DynamicPropertyRegistry registry) {
		smartcar.simulator().springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = new JsonMapper();

	@LocalServerPort
	private int port;

	@Autowired
	private StoredTokens storedTokens;

	@Autowired
	private SmartcarVehicleService vehicles;

	@Test
	void theEndpointShowsTheRegistrationTheConnectedDriversAndTheFailedRefreshes(SmartcarSimulator simulator)
			throws Exception {
		IssuedTokens connected = simulator.issueTokens();
		this.storedTokens.save(simulator.userId(), connected.accessToken(), connected.refreshToken(),
				Duration.ofHours(1));
		this.storedTokens.save(REVOKED_DRIVER, "expired-access-token-1", "revoked-refresh-token-1",
				Duration.ofMinutes(-5));
		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> this.vehicles.forUser(REVOKED_DRIVER).vehicleIds());
		IssuedTokens unlucky = simulator.issueTokens();
		this.storedTokens.save(UNLUCKY_DRIVER, unlucky.accessToken(), unlucky.refreshToken(), Duration.ofMinutes(-5));
		simulator.failEndpoint("POST", "/oauth/token", SimulatedError.serverError());
		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> this.vehicles.forUser(UNLUCKY_DRIVER).vehicleIds());

		String body = get("/actuator/smartcar");
		JsonNode smartcar = this.json.readTree(body);

		JsonNode registration = smartcar.path("registration");
		assertThat(registration.path("clientId").asString()).isEqualTo(simulator.clientId().substring(0, 4) + "******");
		assertThat(registration.path("redirectUri").asString())
			.isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
		assertThat(registration.path("scopes").values()).extracting(JsonNode::asString)
			.containsExactly("read_odometer", "read_vin");
		assertThat(registration.path("mode").asString()).isEqualTo("live");
		assertThat(registration.path("unitSystem").asString()).isEqualTo("metric");
		assertThat(registration.path("apiVersion").asString()).isEqualTo("2.0");
		assertThat(registration.path("baseUrls").path("auth").asString()).isEqualTo(simulator.baseUrl());
		assertThat(registration.path("baseUrls").path("v3").asString()).isEqualTo(simulator.baseUrl() + "/v3");
		assertThat(smartcar.path("drivers").path("tokenStore").asString()).isEqualTo("jdbc");
		assertThat(smartcar.path("drivers").path("connected").asLong()).as("the revoked driver was removed")
			.isEqualTo(2);
		JsonNode failures = smartcar.path("tokenFailures");
		assertThat(failures.path("counts").path("REFRESH_TOKEN_REJECTED").asLong()).isOne();
		assertThat(failures.path("counts").path("SERVER_ERROR").asLong()).isOne();
		assertThat(failures.path("recent").path(0).path("kind").asString()).isEqualTo("SERVER_ERROR");
		assertThat(failures.path("recent").path(0).path("statusCode").asInt()).isEqualTo(500);
		assertThat(failures.path("recent").path(0).path("registrationId").asString()).isEqualTo("smartcar");
		assertThat(failures.path("recent").path(0).path("at").asString()).isNotBlank();
		assertThat(failures.path("recent").path(1).path("kind").asString()).isEqualTo("REFRESH_TOKEN_REJECTED");
		assertThat(failures.path("recent").path(1).path("statusCode").asInt()).isEqualTo(400);
		assertThat(body).doesNotContain(simulator.clientId(), simulator.clientSecret(), simulator.managementToken(),
				simulator.userId(), REVOKED_DRIVER, UNLUCKY_DRIVER, connected.accessToken(), connected.refreshToken(),
				unlucky.accessToken(), unlucky.refreshToken(), "revoked-refresh-token-1", "expired-access-token-1");
		assertThat(nothingSecretIn(get("/actuator/health"), simulator, connected)).isTrue();
	}

	@Test
	void theHealthShowsTheSmartcarComponentWithoutCallingSmartcar(SmartcarSimulator simulator) throws Exception {
		IssuedTokens connected = simulator.issueTokens();
		this.storedTokens.save(simulator.userId(), connected.accessToken(), connected.refreshToken(),
				Duration.ofHours(1));

		String body = get("/actuator/health");
		JsonNode component = this.json.readTree(body).path("components").path("smartcar");

		assertThat(this.json.readTree(body).path("status").asString()).isEqualTo("UP");
		assertThat(component.path("status").asString()).isEqualTo("UP");
		assertThat(component.path("details").path("mode").asString()).isEqualTo("live");
		assertThat(component.path("details").path("apiVersion").asString()).isEqualTo("2.0");
		assertThat(component.path("details").path("tokenStore").path("type").asString()).isEqualTo("jdbc");
		assertThat(component.path("details").path("tokenStore").path("status").asString()).isEqualTo("UP");
		assertThat(component.path("details").has("hosts")).isFalse();
		assertThat(simulator.requestCount("HEAD", "/")).isZero();
		assertThat(nothingSecretIn(body, simulator, connected)).isTrue();
	}

	@Test
	void theInfoShowsTheStartersVersionAndTheApiVersion(SmartcarSimulator simulator) throws Exception {
		String body = get("/actuator/info");
		JsonNode info = this.json.readTree(body).path("smartcar");

		assertThat(info.path("starter").path("version").asString())
			.isEqualTo(System.getProperty("smartcarboot.test.project-version"))
			.isNotBlank();
		assertThat(info.path("apiVersion").asString()).isEqualTo("2.0");
		assertThat(body).doesNotContain(simulator.clientId(), simulator.clientSecret());
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	private static boolean nothingSecretIn(String body, SmartcarSimulator simulator, IssuedTokens tokens) {
		List<String> secrets = List.of(simulator.clientId(), simulator.clientSecret(), simulator.managementToken(),
				simulator.userId(), tokens.accessToken(), tokens.refreshToken());
		return secrets.stream().noneMatch(body::contains);
	}

	/**
	 * Opens the Actuator endpoints to anyone, so the test reads them without signing in.
	 */
	@Configuration(proxyBeanMethods = false)
	static class OpenActuator {

		@Bean
		SecurityFilterChain actuatorFilterChain(HttpSecurity http) throws Exception {
			return http.securityMatcher("/actuator/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.build();
		}

	}

}
