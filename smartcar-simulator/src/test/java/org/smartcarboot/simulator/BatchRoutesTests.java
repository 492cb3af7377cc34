package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.smartcarboot.simulator.DriverApi.assertError;
import static org.smartcarboot.simulator.SimulatorClient.json;

/**
 * Tests for {@code POST /v2.0/vehicles/{id}/batch}, over HTTP.
 */
class BatchRoutesTests {

	private static final String BATCH = "/v2.0/vehicles/{id}/batch";

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final DriverApi api = new DriverApi(this.simulator);

	private final SimulatedVehicle tesla = this.simulator.vehicles().get(0);

	private final String batchPath = "/v2.0/vehicles/" + this.tesla.id() + "/batch";

	@Test
	void eachItemIsAnsweredAsASingleRequestWouldBe() {
		this.tesla.setOdometerKm(1000.0);
		this.simulator.failEndpoint("GET", "/v2.0/vehicles/{id}/location",
				SimulatedError.rateLimit(Duration.ofSeconds(30)));
		HttpResponse<String> response = this.api.post(this.batchPath, requests("/odometer", "/fuel", "/warp-drive", "/",
				"/location", "/service/history?start_date=2024-01-01"), "sc-unit-system", "imperial");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("sc-request-id")).isPresent();
		List<Map<String, Object>> items = items(response);
		assertThat(items).extracting((item) -> item.get("path"), (item) -> item.get("code"))
			.containsExactly(tuple("/odometer", 200), tuple("/fuel", 501), tuple("/warp-drive", 404), tuple("/", 200),
					tuple("/location", 429), tuple("/service/history?start_date=2024-01-01", 200));

		Map<String, Object> odometer = items.get(0);
		assertThat(((Number) ((Map<?, ?>) odometer.get("body")).get("distance")).doubleValue()).isEqualTo(621.371);
		assertThat(odometer.get("headers")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("sc-unit-system", "imperial")
			.containsKeys("sc-data-age", "sc-fetched-at")
			.doesNotContainKey("sc-request-id");

		assertThat(items.get(1)).doesNotContainKey("headers");
		assertThat(items.get(1).get("body")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("type", "COMPATIBILITY")
			.containsEntry("code", "VEHICLE_NOT_CAPABLE")
			.containsEntry("statusCode", 501)
			.containsKey("requestId");
		assertThat(items.get(2).get("body")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("type", "RESOURCE_NOT_FOUND")
			.containsEntry("code", "PATH");
		assertThat(items.get(3).get("body")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("id", this.tesla.id())
			.containsEntry("make", "TESLA");
		assertThat(items.get(4)).containsEntry("headers", Map.of("retry-after", "30"));
		assertThat(items.get(4).get("body")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("type", "RATE_LIMIT")
			.containsEntry("code", "VEHICLE");
		assertThat(items.get(5).get("body")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("serviceId", 11630);
	}

	@Test
	void theBatchCountsAsOneRequestOfItsOwnEndpoint() {
		this.api.post(this.batchPath, requests("/odometer", "/vin"));
		assertThat(this.simulator.requestCount("POST", BATCH)).isEqualTo(1);
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/{id}/odometer")).isZero();
	}

	@Test
	void aFaultOfTheBatchEndpointFailsTheWholeBatch() {
		this.simulator.failEndpoint("POST", BATCH, SimulatedError.serverError());
		assertError(this.api.post(this.batchPath, requests("/odometer")), 500, "SERVER", null);
	}

	@Test
	void malformedBatchesAreValidationErrorsNamingTheField() {
		Map<String, Object> missing = assertError(this.api.post(this.batchPath, "{\"request\":[]}"), 400, "VALIDATION",
				null);
		assertThat(missing.get("detail")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(Map.of("field", List.of("requests"), "message", "\"requests\" must be a non-empty array"));
		Map<String, Object> badPath = assertError(
				this.api.post(this.batchPath, "{\"requests\":[{\"path\":\"/vin\"},{\"path\":\"odometer\"}]}"), 400,
				"VALIDATION", null);
		assertThat(badPath.get("detail")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(Map.of("field", List.of("requests", "1", "path"), "message",
					"\"path\" must be a string starting with /"));
		assertError(this.api.post(this.batchPath, "{\"requests\":[]}"), 400, "VALIDATION", null);
	}

	@Test
	void aBatchNeedsAConnectedCarAndAValidToken() {
		assertError(this.api.post("/v2.0/vehicles/no-such-car/batch", requests("/vin")), 404, "RESOURCE_NOT_FOUND",
				"PATH");
		assertError(new SimulatorClient(this.simulator).postJson(this.batchPath, requests("/vin")), 401,
				"AUTHENTICATION", null);
	}

	private static String requests(String... paths) {
		StringBuilder json = new StringBuilder("{\"requests\":[");
		for (int i = 0; i < paths.length; i++) {
			json.append((i > 0) ? "," : "").append("{\"path\":\"").append(paths[i]).append("\"}");
		}
		return json.append("]}").toString();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(HttpResponse<String> response) {
		Map<String, Object> body = json(response);
		assertThat(body).containsOnlyKeys("responses");
		return (List<Map<String, Object>>) body.get("responses");
	}

}
