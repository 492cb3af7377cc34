package org.smartcarboot.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.simulator.DriverApi.assertError;
import static org.smartcarboot.simulator.SimulatorClient.jsonArray;

/**
 * Tests for the simulated diagnostics and service history endpoints, over HTTP.
 */
class DiagnosticsRoutesTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final DriverApi api = new DriverApi(this.simulator);

	private final String toyotaPath = "/v2.0/vehicles/" + this.simulator.vehicles().get(3).id();

	@Test
	void systemStatusKeepsNullDescriptions() {
		assertThat(this.api.read(this.toyotaPath + "/diagnostics/system_status").get("systems"))
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSize(5)
			.contains(map("systemId", "SYSTEM_ENGINE", "status", "OK", "description", null),
					map("systemId", "SYSTEM_EMISSIONS", "status", "ALERT", "description",
							"Catalyst system efficiency below threshold"));
	}

	@Test
	void troubleCodesKeepNullTimestamps() {
		assertThat(this.api.read(this.toyotaPath + "/diagnostics/dtcs"))
			.containsExactly(Map.entry("activeCodes", List.of(map("code", "P0420", "timestamp", null))));
		String fordPath = "/v2.0/vehicles/" + this.simulator.vehicles().get(1).id();
		assertThat(this.api.read(fordPath + "/diagnostics/dtcs")).containsExactly(
				Map.entry("activeCodes", List.of(map("code", "C0750", "timestamp", "2025-02-03T07:41:00.000Z"))));
	}

	@Test
	void serviceHistoryIsATopLevelArray() {
		List<Object> history = jsonArray(this.api.get(this.toyotaPath + "/service/history"));
		assertThat(history).hasSize(4)
			.first()
			.isEqualTo(map("serviceId", 40011, "serviceDate", "2021-06-12T16:00:00.000Z", "odometerDistance", 10120.0,
					"serviceTasks", List.of(map("taskId", 1, "taskDescription", "oil change")), "serviceDetails",
					Map.of("type", "dealership"), "serviceCost", Map.of("totalCost", 69.99, "currency", "USD")));
	}

	@Test
	void serviceHistoryIsFilteredByDateInclusively() {
		assertThat(serviceIds("?start_date=2022-07-30&end_date=2023-08-19")).containsExactly(40562, 41187);
		assertThat(serviceIds("?start_date=2023-01-01")).containsExactly(41187, 41820);
		assertThat(serviceIds("?end_date=2021-06-12")).containsExactly(40011);
		assertThat(serviceIds("?start_date=2030-01-01")).isEmpty();
	}

	@Test
	void invalidServiceHistoryDatesAreValidationErrors() {
		for (String query : List.of("?start_date=2023-13-01", "?end_date=yesterday",
				"?start_date=2024-01-02&end_date=2024-01-01")) {
			assertError(this.api.get(this.toyotaPath + "/service/history" + query), 400, "VALIDATION", "PARAMETER");
		}
	}

	private List<Object> serviceIds(String query) {
		return jsonArray(this.api.get(this.toyotaPath + "/service/history" + query)).stream()
			.map((record) -> (Object) ((Map<?, ?>) record).get("serviceId"))
			.toList();
	}

	/**
	 * A map that may hold {@code null} values, in the order given.
	 */
	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
