package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.simulator.DriverApi.assertError;
import static org.smartcarboot.simulator.SimulatorClient.basic;
import static org.smartcarboot.simulator.SimulatorClient.json;

/**
 * Tests for the simulated compatibility API, over HTTP with client credentials.
 */
class CompatibilityApiTests {

	private static final String TESLA_VIN = "5YJ3E1EA7MF000316";

	private static final String TOYOTA_VIN = "2T3P1RFV8LC000457";

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatorClient client = new SimulatorClient(this.simulator);

	@Test
	void v1AnswersWhetherTheCarSupportsEveryRequestedPermission() {
		assertThat(v1(TESLA_VIN, "read_odometer read_battery")).containsExactly(Map.entry("compatible", true));
		assertThat(v1(TESLA_VIN, "read_odometer read_fuel")).containsExactly(Map.entry("compatible", false));
		assertThat(v1(TOYOTA_VIN, "read_fuel read_engine_oil")).containsExactly(Map.entry("compatible", true));
		assertThat(v1("1HGCM82633A004352", "read_odometer")).containsExactly(Map.entry("compatible", false));
	}

	@Test
	void v2ListsTheCapabilitiesOfTheRequestedPermissions() {
		Map<String, Object> tesla = v2("vin=" + TESLA_VIN + "&scope=read_battery%20read_fuel&country=US");
		assertThat(tesla).containsEntry("compatible", true).containsEntry("reason", null);
		assertThat(tesla.get("capabilities")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(capability(false, "/fuel", "read_fuel", "VEHICLE_NOT_CAPABLE"),
					capability(true, "/battery", "read_battery", null),
					capability(true, "/battery/capacity", "read_battery", null),
					capability(true, "/battery/nominal_capacity", "read_battery", null));
		Map<String, Object> toyota = v2("vin=" + TOYOTA_VIN + "&scope=read_engine_oil%20read_charge");
		assertThat(toyota.get("capabilities")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(capability(false, "/charge", "read_charge", "VEHICLE_NOT_CAPABLE"),
					capability(false, "/charge/limit", "read_charge", "VEHICLE_NOT_CAPABLE"),
					capability(true, "/engine/oil", "read_engine_oil", null));
	}

	@Test
	void v2SaysUnknownVinsAreNotCompatible() {
		assertThat(v2("vin=1HGCM82633A004352&scope=read_odometer")).containsEntry("compatible", false)
			.containsEntry("reason", "VEHICLE_NOT_COMPATIBLE")
			.containsEntry("capabilities", List.of());
	}

	@Test
	void v2TestModeFollowsTheCompatibilityLevel() {
		String query = "vin=1HGCM82633A004352&scope=read_battery%20read_fuel&mode=test&test_mode_compatibility_level=";
		assertThat(capable(v2(query + "compatible"))).containsExactly(true, true, true, true);
		assertThat(capable(v2(query + "phev"))).containsExactly(true, true, true, true);
		assertThat(capable(v2(query + "bev"))).containsExactly(false, true, true, true);
		assertThat(capable(v2(query + "fuel"))).containsExactly(true, false, false, false);
		assertThat(v2(query + "incompatible")).containsEntry("compatible", false)
			.containsEntry("reason", "VEHICLE_NOT_COMPATIBLE");
		assertThat(v2("vin=" + TESLA_VIN + "&scope=read_fuel&mode=test&test_mode_compatibility_level=fuel"))
			.as("the level decides, not the VIN")
			.containsEntry("compatible", true);
	}

	@Test
	void invalidV2QueriesAreValidationErrors() {
		for (String query : List.of("scope=read_odometer", "vin=" + TESLA_VIN, "vin=" + TESLA_VIN + "&scope=read_mind",
				"vin=" + TESLA_VIN + "&scope=read_odometer&country=DE",
				"vin=" + TESLA_VIN + "&scope=read_odometer&mode=sandbox",
				"vin=" + TESLA_VIN + "&scope=read_odometer&test_mode_compatibility_level=bev",
				"vin=" + TESLA_VIN + "&scope=read_odometer&mode=test&test_mode_compatibility_level=steam")) {
			assertError(get("/v2.0/compatibility?" + query, clientCredentials()), 400, "VALIDATION", "PARAMETER");
		}
	}

	@Test
	void theMatrixListsTheSimulatedModelsByMake() {
		Map<String, Object> matrix = matrix("region=US");
		assertThat(matrix).containsOnlyKeys("TESLA", "FORD", "VOLKSWAGEN", "TOYOTA");
		assertThat(matrix.get("TOYOTA")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> rav4 = (Map<String, Object>) ((List<?>) matrix.get("TOYOTA")).get(0);
		assertThat(rav4).containsEntry("model", "RAV4")
			.containsEntry("startYear", 2020)
			.containsEntry("endYear", 2020)
			.containsEntry("type", "ICE");
		assertThat(rav4.get("permissions")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.contains("read_fuel", "read_engine_oil")
			.doesNotContain("read_battery", "read_charge");
		assertThat(rav4.get("endpoints")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.contains("Fuel tank", "Odometer")
			.doesNotContain("EV battery");
	}

	@Test
	void theMatrixIsFilteredByMakeTypeScopeAndRegion() {
		assertThat(matrix("region=US&make=tesla%20FORD")).containsOnlyKeys("TESLA", "FORD");
		assertThat(matrix("region=US&type=ICE")).containsOnlyKeys("TOYOTA");
		Map<String, Object> charging = matrix("region=US&scope=read_charge%20control_charge");
		assertThat(charging).containsOnlyKeys("TESLA", "FORD", "VOLKSWAGEN");
		assertThat(((Map<?, ?>) ((List<?>) charging.get("FORD")).get(0)).get("permissions"))
			.isEqualTo(List.of("read_charge", "control_charge"));
		assertThat(matrix("region=EUROPE")).isEmpty();
		assertError(get("/v2.0/compatibility/matrix", clientCredentials()), 400, "VALIDATION", "PARAMETER");
		assertError(get("/v2.0/compatibility/matrix?region=MARS", clientCredentials()), 400, "VALIDATION", "PARAMETER");
	}

	@Test
	void wrongClientCredentialsAreRejected() {
		String wrong = basic(this.simulator.clientId(), "wrong-secret");
		assertError(get("/v2.0/compatibility?vin=" + TESLA_VIN + "&scope=read_odometer", wrong), 401, "AUTHENTICATION",
				null);
		assertError(get("/v2.0/compatibility/matrix?region=US"), 401, "AUTHENTICATION", null);
		HttpResponse<String> v1 = get("/v1.0/compatibility?vin=" + TESLA_VIN + "&scope=read_odometer", wrong);
		assertThat(v1.statusCode()).isEqualTo(401);
		assertThat(json(v1)).containsOnlyKeys("error", "message").containsEntry("error", "authentication_error");
		assertThat(v1.headers().firstValue("sc-request-id")).isPresent();
	}

	@Test
	void v1FaultsAnswerWithV1Bodies() {
		this.simulator.failEndpoint("GET", "/v1.0/compatibility",
				SimulatedError.of(409, "VEHICLE_STATE", "VS_000", "Vehicle state cannot be determined."));
		HttpResponse<String> response = get("/v1.0/compatibility?vin=" + TESLA_VIN + "&scope=read_odometer",
				clientCredentials());
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(json(response)).containsExactly(Map.entry("error", "vehicle_state_error"),
				Map.entry("message", "Vehicle state cannot be determined."), Map.entry("code", "VS_000"));
		this.simulator.failEndpoint("GET", "/v2.0/compatibility/matrix", SimulatedError.billing("INVALID_PLAN"));
		assertError(get("/v2.0/compatibility/matrix?region=US", clientCredentials()), 430, "BILLING", "INVALID_PLAN");
	}

	private Map<String, Object> v1(String vin, String scope) {
		HttpResponse<String> response = get(
				"/v1.0/compatibility?vin=" + vin + "&scope=" + scope.replace(" ", "%20") + "&country=US",
				clientCredentials());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	private Map<String, Object> v2(String query) {
		return ok(get("/v2.0/compatibility?" + query, clientCredentials()));
	}

	private Map<String, Object> matrix(String query) {
		return ok(get("/v2.0/compatibility/matrix?" + query, clientCredentials()));
	}

	private static Map<String, Object> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("sc-request-id")).isPresent();
		return json(response);
	}

	private static List<Object> capable(Map<String, Object> compatibility) {
		return ((List<?>) compatibility.get("capabilities")).stream()
			.map((capability) -> ((Map<?, ?>) capability).get("capable"))
			.map(Object.class::cast)
			.toList();
	}

	private static Map<String, Object> capability(boolean capable, String endpoint, String permission, String reason) {
		Map<String, Object> capability = new LinkedHashMap<>();
		capability.put("capable", capable);
		capability.put("endpoint", endpoint);
		capability.put("permission", permission);
		capability.put("reason", reason);
		return capability;
	}

	private String clientCredentials() {
		return basic(this.simulator.clientId(), this.simulator.clientSecret());
	}

	private HttpResponse<String> get(String pathAndQuery, String... authorization) {
		return (authorization.length == 0) ? this.client.get(pathAndQuery)
				: this.client.get(pathAndQuery, "Authorization", authorization[0]);
	}

}
