package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.util.ArrayList;
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
 * Tests for the simulated management API, over HTTP with the management token.
 */
class ManagementApiTests {

	private static final String CONNECTIONS = "/v2.0/management/connections";

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatorClient client = new SimulatorClient(this.simulator);

	private final String token = basic("default", this.simulator.managementToken());

	@Test
	void connectionsArePagedWithACursor() {
		Map<String, Object> page = list("?user_id=" + this.simulator.userId() + "&limit=3");
		assertThat(connections(page)).hasSize(3)
			.first()
			.satisfies((connection) -> assertThat(connection).containsOnlyKeys("vehicleId", "userId", "connectedAt")
				.containsEntry("userId", this.simulator.userId())
				.containsEntry("connectedAt", "2024-06-03T15:00:00.000Z"));
		String cursor = (String) ((Map<?, ?>) page.get("paging")).get("cursor");
		assertThat(cursor).isNotBlank();

		Map<String, Object> last = list("?user_id=" + this.simulator.userId() + "&limit=3&cursor=" + cursor);
		assertThat(last.get("paging")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("cursor", null);
		List<Object> vehicleIds = new ArrayList<>();
		for (Map<String, Object> connection : connections(page)) {
			vehicleIds.add(connection.get("vehicleId"));
		}
		for (Map<String, Object> connection : connections(last)) {
			vehicleIds.add(connection.get("vehicleId"));
		}
		assertThat(vehicleIds)
			.containsExactlyElementsOf(this.simulator.vehicles().stream().map(SimulatedVehicle::id).toList());
	}

	@Test
	void connectionsAreFilteredByVehicleOrUser() {
		String fordId = this.simulator.vehicles().get(1).id();
		assertThat(list("?vehicle_id=" + fordId).get("connections")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("vehicleId", fordId);
		assertThat(list("?user_id=someone-else").get("connections")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		assertThat(list("").get("connections")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(4);
	}

	@Test
	void deletingAConnectionDisconnectsTheCar() {
		SimulatedVehicle ford = this.simulator.vehicles().get(1);
		HttpResponse<String> deleted = this.client.delete(CONNECTIONS + "?vehicle_id=" + ford.id(), "Authorization",
				this.token);
		assertThat(deleted.statusCode()).isEqualTo(200);
		assertThat(json(deleted)).containsExactly(
				Map.entry("connections", List.of(Map.of("vehicleId", ford.id(), "userId", this.simulator.userId()))));
		assertThat(ford.isConnected()).isFalse();
		assertThat(list("").get("connections")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(3);
		DriverApi api = new DriverApi(this.simulator);
		assertError(api.get("/v2.0/vehicles/" + ford.id() + "/odometer"), 404, "RESOURCE_NOT_FOUND", "PATH");
		assertThat(api.read("/v2.0/vehicles").get("vehicles")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.doesNotContain(ford.id());
	}

	@Test
	void deletingByUserDisconnectsEveryCar() {
		HttpResponse<String> deleted = this.client.delete(CONNECTIONS + "?user_id=" + this.simulator.userId(),
				"Authorization", this.token);
		assertThat(json(deleted).get("connections")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(4);
		assertThat(this.simulator.connectedVehicles()).isEmpty();
	}

	@Test
	void deletingNeedsExactlyOneOfUserAndVehicle() {
		String both = "?user_id=" + this.simulator.userId() + "&vehicle_id=" + this.simulator.vehicles().get(0).id();
		for (String query : List.of("", both)) {
			assertError(this.client.delete(CONNECTIONS + query, "Authorization", this.token), 400, "VALIDATION",
					"PARAMETER");
		}
		assertThat(this.simulator.connectedVehicles()).hasSize(4);
	}

	@Test
	void invalidPagingIsAValidationError() {
		for (String query : List.of("?limit=0", "?limit=101", "?limit=many", "?cursor=not-a-cursor")) {
			assertError(this.client.get(CONNECTIONS + query, "Authorization", this.token), 400, "VALIDATION",
					"PARAMETER");
		}
	}

	@Test
	void theManagementTokenIsRequired() {
		for (String authorization : List.of(basic("default", "wrong"),
				basic(this.simulator.clientId(), this.simulator.clientSecret()),
				basic("admin", this.simulator.managementToken()), "Bearer " + this.simulator.managementToken())) {
			assertError(this.client.get(CONNECTIONS, "Authorization", authorization), 401, "AUTHENTICATION", null);
			assertError(this.client.delete(CONNECTIONS + "?user_id=" + this.simulator.userId(), "Authorization",
					authorization), 401, "AUTHENTICATION", null);
		}
		assertError(this.client.get(CONNECTIONS), 401, "AUTHENTICATION", null);
		assertThat(this.simulator.connectedVehicles()).hasSize(4);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> connections(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("connections");
	}

	private Map<String, Object> list(String query) {
		HttpResponse<String> response = this.client.get(CONNECTIONS + query, "Authorization", this.token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(json(response)).containsOnlyKeys("connections", "paging");
		return json(response);
	}

}
