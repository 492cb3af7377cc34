package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartcarboot.simulator.SimulatorClient.bearer;
import static org.smartcarboot.simulator.SimulatorClient.json;

/**
 * Tests for the simulated vehicle API under {@code /v2.0}.
 */
class VehicleApiTests {

	private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatorClient client = new SimulatorClient(this.simulator);

	private final String accessToken = this.simulator.issueTokens().accessToken();

	private final SimulatedVehicle tesla = this.simulator.vehicles().get(0);

	@AfterEach
	void restoreDefaults() {
		this.simulator.setAccessTokenLifetime(Duration.ofSeconds(7200));
	}

	@Test
	void missingTokenIsRejected() {
		assertAuthenticationError(this.client.get("/v2.0/user"));
	}

	@Test
	void unknownTokenIsRejected() {
		assertAuthenticationError(this.client.get("/v2.0/user", "Authorization", bearer("made-up")));
	}

	@Test
	void expiredTokensAreRejected() {
		assertThat(api("/v2.0/user").statusCode()).isEqualTo(200);
		this.simulator.expireAccessTokens();
		assertThat(this.simulator.isAccessTokenValid(this.accessToken)).isFalse();
		assertAuthenticationError(api("/v2.0/user"));
		String fresh = this.simulator.issueTokens().accessToken();
		assertThat(this.client.get("/v2.0/user", "Authorization", bearer(fresh)).statusCode())
			.as("tokens issued afterwards work")
			.isEqualTo(200);
	}

	@Test
	void accessTokensExpireAfterTheirLifetime() throws InterruptedException {
		this.simulator.setAccessTokenLifetime(Duration.ofMillis(200));
		IssuedTokens shortLived = this.simulator.issueTokens();
		assertThat(shortLived.expiresIn()).isEqualTo(Duration.ofMillis(200));
		Thread.sleep(300);
		assertAuthenticationError(this.client.get("/v2.0/user", "Authorization", bearer(shortLived.accessToken())));
	}

	@Test
	void userIdIsTheSimulatedUser() {
		HttpResponse<String> response = api("/v2.0/user");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response)).containsExactly(Map.entry("id", this.simulator.userId()));
	}

	@Test
	void vehiclesAreListedWithPaging() {
		List<String> ids = this.simulator.vehicles().stream().map(SimulatedVehicle::id).toList();
		assertThat(json(api("/v2.0/vehicles"))).containsEntry("vehicles", ids)
			.containsEntry("paging", Map.of("count", 4, "offset", 0));
		assertThat(json(api("/v2.0/vehicles?limit=2&offset=1"))).containsEntry("vehicles", ids.subList(1, 3))
			.containsEntry("paging", Map.of("count", 4, "offset", 1));
		assertThat(json(api("/v2.0/vehicles?limit=1"))).containsEntry("vehicles", ids.subList(0, 1));
	}

	@Test
	void invalidPagingIsAValidationError() {
		for (String query : List.of("limit=0", "limit=51", "limit=ten", "offset=-1")) {
			HttpResponse<String> response = api("/v2.0/vehicles?" + query);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(json(response)).as(query)
				.containsEntry("type", "VALIDATION")
				.containsEntry("code", "PARAMETER")
				.containsEntry("statusCode", 400);
		}
	}

	@Test
	void vehicleAttributesVinAndLocation() {
		String path = "/v2.0/vehicles/" + this.tesla.id();
		assertThat(json(api(path))).containsExactly(Map.entry("id", this.tesla.id()), Map.entry("make", "TESLA"),
				Map.entry("model", "Model 3"), Map.entry("year", 2021));
		assertThat(json(api(path + "/vin"))).containsExactly(Map.entry("vin", "5YJ3E1EA7MF000316"));
		Map<String, Object> location = json(api(path + "/location"));
		assertThat(number(location, "latitude")).isEqualTo(this.tesla.latitude());
		assertThat(number(location, "longitude")).isEqualTo(this.tesla.longitude());
	}

	@Test
	void odometerIsMetricByDefault() {
		this.tesla.setOdometerKm(1000.0);
		HttpResponse<String> response = api(odometerPath());
		assertThat(number(json(response), "distance")).isEqualTo(1000.0);
		assertThat(response.headers().firstValue("sc-unit-system")).hasValue("metric");
	}

	@Test
	void odometerIsInMilesForImperial() {
		this.tesla.setOdometerKm(1000.0);
		HttpResponse<String> response = api(odometerPath(), "sc-unit-system", "imperial");
		assertThat(number(json(response), "distance")).isCloseTo(621.371, within(1e-9));
		assertThat(response.headers().firstValue("sc-unit-system")).hasValue("imperial");
		assertThat(api(odometerPath(), "sc-unit-system", "metric").headers().firstValue("sc-unit-system"))
			.hasValue("metric");
	}

	@Test
	void successResponsesCarrySmartcarHeaders() {
		Instant before = Instant.now();
		HttpResponse<String> response = api(odometerPath());
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("sc-request-id"))
			.hasValueSatisfying((requestId) -> assertThat(requestId).matches(UUID));
		String dataAge = response.headers().firstValue("sc-data-age").orElseThrow();
		String fetchedAt = response.headers().firstValue("sc-fetched-at").orElseThrow();
		assertThat(dataAge).matches(TIMESTAMP);
		assertThat(fetchedAt).matches(TIMESTAMP);
		assertThat(Instant.parse(fetchedAt)).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
		assertThat(Instant.parse(dataAge)).isBefore(Instant.parse(fetchedAt))
			.isAfter(Instant.parse(fetchedAt).minus(Duration.ofHours(1)));
	}

	@Test
	void lockAndUnlockChangeTheLockStatus() {
		String security = "/v2.0/vehicles/" + this.tesla.id() + "/security";
		HttpResponse<String> unlock = this.client.postJson(security, "{\"action\":\"UNLOCK\"}", "Authorization",
				bearer(this.accessToken));
		assertThat(unlock.statusCode()).isEqualTo(200);
		assertThat(json(unlock)).containsEntry("status", "success")
			.containsEntry("message", "Successfully sent request to vehicle");
		assertThat(this.tesla.isLocked()).isFalse();
		Map<String, Object> unlocked = json(api(security));
		assertThat(unlocked).containsEntry("isLocked", false)
			.containsKeys("doors", "windows", "sunroof", "storage", "chargingPort");
		assertThat(unlocked.get("doors")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.contains(Map.of("type", "frontLeft", "status", "UNLOCKED"))
			.hasSize(4);

		this.client.postJson(security, "{\"action\":\"LOCK\"}", "Authorization", bearer(this.accessToken));
		assertThat(this.tesla.isLocked()).isTrue();
		Map<String, Object> locked = json(api(security));
		assertThat(locked).containsEntry("isLocked", true);
		assertThat(locked.get("doors")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.contains(Map.of("type", "backRight", "status", "LOCKED"));
	}

	@Test
	void invalidSecurityActionIsAValidationError() {
		String security = "/v2.0/vehicles/" + this.tesla.id() + "/security";
		for (String body : List.of("{\"action\":\"OPEN\"}", "{}", "not json")) {
			HttpResponse<String> response = this.client.postJson(security, body, "Authorization",
					bearer(this.accessToken));
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(json(response)).as(body).containsEntry("type", "VALIDATION");
		}
	}

	@Test
	void unknownVehicleIsNotFoundAndWaitingIsNotSuggested() {
		HttpResponse<String> response = api("/v2.0/vehicles/no-such-car/odometer");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json(response)).containsEntry("type", "RESOURCE_NOT_FOUND")
			.containsEntry("code", "PATH")
			.containsEntry("suggestedUserMessage", "This vehicle or feature is not available.");
	}

	@Test
	void unknownPathIsNotFound() {
		HttpResponse<String> response = api("/v2.0/vehicles/" + this.tesla.id() + "/warp-drive");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json(response)).containsEntry("type", "RESOURCE_NOT_FOUND").containsEntry("code", "PATH");
	}

	@Test
	void otherApiVersionsAreNotFound() {
		for (String path : List.of("/v1.0/user", "/v3/vehicles", "/vfoo")) {
			HttpResponse<String> response = api(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(json(response)).as(path)
				.containsEntry("type", "RESOURCE_NOT_FOUND")
				.containsEntry("code", "VERSION");
		}
	}

	@Test
	void injectedRateLimitAnswersWithRetryAfter() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedError.rateLimit(Duration.ofSeconds(30)));
		HttpResponse<String> response = api(odometerPath());
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("retry-after")).hasValue("30");
		Map<String, Object> body = json(response);
		assertThat(body)
			.containsKeys("type", "code", "description", "docURL", "statusCode", "requestId", "resolution",
					"suggestedUserMessage")
			.containsEntry("type", "RATE_LIMIT")
			.containsEntry("code", "VEHICLE")
			.containsEntry("statusCode", 429)
			.containsEntry("resolution", Map.of("type", "RETRY_LATER"));
		assertThat(response.headers().firstValue("sc-request-id")).hasValue((String) body.get("requestId"));
		assertThat(api("/v2.0/vehicles/" + this.tesla.id() + "/vin").statusCode()).as("other endpoints").isEqualTo(200);
		assertThat(api("/v2.0/vehicles/" + this.simulator.vehicles().get(1).id() + "/odometer").statusCode())
			.as("{id} matches every vehicle")
			.isEqualTo(429);
	}

	@Test
	void injectedFailureHasNoEffectAndEndsWithResetFaults() {
		this.tesla.setLocked(true);
		String security = "/v2.0/vehicles/" + this.tesla.id() + "/security";
		this.simulator.failEndpoint("post", "/v2.0/vehicles/{id}/security", SimulatedError.vehicleState("ASLEEP"));
		HttpResponse<String> response = this.client.postJson(security, "{\"action\":\"UNLOCK\"}", "Authorization",
				bearer(this.accessToken));
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(json(response)).containsEntry("type", "VEHICLE_STATE").containsEntry("code", "ASLEEP");
		assertThat(response.headers().firstValue("retry-after")).isEmpty();
		assertThat(this.tesla.isLocked()).isTrue();
		this.simulator.resetFaults();
		assertThat(this.client.postJson(security, "{\"action\":\"UNLOCK\"}", "Authorization", bearer(this.accessToken))
			.statusCode()).isEqualTo(200);
		assertThat(this.tesla.isLocked()).isFalse();
	}

	@Test
	void latencyDelaysTheEndpoint() {
		Duration latency = Duration.ofMillis(1500);
		this.simulator.addLatency("GET", ODOMETER, latency);
		long start = System.nanoTime();
		assertThat(api(odometerPath()).statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(latency);
		this.simulator.resetFaults();
		start = System.nanoTime();
		api(odometerPath());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(latency);
	}

	@Test
	void requestsAreCountedPerEndpointIncludingFailures() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedError.serverError());
		api(odometerPath());
		api("/v2.0/vehicles/" + this.simulator.vehicles().get(2).id() + "/odometer");
		this.client.get(odometerPath());
		api("/v2.0/vehicles/" + this.tesla.id() + "/vin");
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(3);
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/{id}/vin")).isEqualTo(1);
		assertThat(this.simulator.requestCount("POST", ODOMETER)).isZero();
		this.simulator.resetRequestCounts();
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isZero();
	}

	private HttpResponse<String> api(String path, String... headers) {
		String[] withToken = new String[headers.length + 2];
		withToken[0] = "Authorization";
		withToken[1] = bearer(this.accessToken);
		System.arraycopy(headers, 0, withToken, 2, headers.length);
		return this.client.get(path, withToken);
	}

	private String odometerPath() {
		return "/v2.0/vehicles/" + this.tesla.id() + "/odometer";
	}

	private static double number(Map<String, Object> body, String key) {
		return ((Number) body.get(key)).doubleValue();
	}

	private static void assertAuthenticationError(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		Map<String, Object> body = json(response);
		assertThat(body).containsEntry("type", "AUTHENTICATION")
			.containsEntry("code", null)
			.containsEntry("description", "The access token you provided is invalid or has expired.")
			.containsEntry("docURL", "https://smartcar.com/docs/errors/api-errors/authentication-errors")
			.containsEntry("statusCode", 401)
			.containsEntry("resolution", Map.of("type", "REAUTHENTICATE"))
			.containsEntry("suggestedUserMessage", "Please reconnect your vehicle.");
		assertThat((String) body.get("requestId")).matches(UUID);
		assertThat(response.headers().firstValue("sc-request-id")).hasValue((String) body.get("requestId"));
	}

}
