package org.smartcarboot.simulator;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.simulator.DriverApi.assertError;
import static org.smartcarboot.simulator.SimulatorClient.REDIRECT_URI;
import static org.smartcarboot.simulator.SimulatorClient.authorizeParameters;
import static org.smartcarboot.simulator.SimulatorClient.json;
import static org.smartcarboot.simulator.SimulatorClient.queryParameters;

/**
 * Tests for the permissions a token grants and for disconnecting cars, over HTTP.
 */
class AccountRoutesTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension(
			new SmartcarSimulator().registerRedirectUri(REDIRECT_URI));

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatorClient client = new SimulatorClient(this.simulator);

	private final DriverApi api = new DriverApi(this.simulator);

	private final SimulatedVehicle tesla = this.simulator.vehicles().get(0);

	private final String permissionsPath = "/v2.0/vehicles/" + this.tesla.id() + "/permissions";

	@Test
	void mintedTokensGrantEveryPermissionPagedByLimitAndOffset() {
		List<String> all = Capability.permissions();
		assertThat(all).hasSizeGreaterThan(10);
		assertThat(this.api.read(this.permissionsPath)).containsEntry("permissions", all)
			.containsEntry("paging", Map.of("count", all.size(), "offset", 0));
		assertThat(this.api.read(this.permissionsPath + "?limit=3&offset=2"))
			.containsEntry("permissions", all.subList(2, 5))
			.containsEntry("paging", Map.of("count", all.size(), "offset", 2));
		for (String query : List.of("?limit=0", "?limit=51", "?offset=-1", "?offset=two")) {
			assertError(this.api.get(this.permissionsPath + query), 400, "VALIDATION", "PARAMETER");
		}
	}

	@Test
	void tokensMayBeMintedWithSomePermissions() {
		DriverApi limited = new DriverApi(this.simulator,
				this.simulator.issueTokens(List.of("read_odometer", "read_battery")).accessToken());
		assertThat(limited.read(this.permissionsPath)).containsEntry("permissions",
				List.of("read_odometer", "read_battery"));
	}

	@Test
	void tokensFromConnectGrantTheRequestedScopeWithoutRequiredPrefixes() {
		Map<String, String> parameters = authorizeParameters(this.simulator, "s");
		parameters.put("scope", "read_vehicle_info required:read_odometer read_vehicle_info");
		String code = queryParameters(this.simulator
			.allow(this.simulator.baseUrl() + "/oauth/authorize?" + SimulatorClient.query(parameters))).get("code");
		Map<String, Object> tokens = json(this.client.exchangeCode(code, REDIRECT_URI));
		DriverApi driver = new DriverApi(this.simulator, (String) tokens.get("access_token"));
		assertThat(driver.read(this.permissionsPath)).containsEntry("permissions",
				List.of("read_vehicle_info", "read_odometer"));
		Map<String, Object> refreshed = json(this.client.refresh((String) tokens.get("refresh_token")));
		assertThat(new DriverApi(this.simulator, (String) refreshed.get("access_token")).read(this.permissionsPath))
			.as("a refresh keeps the grant")
			.containsEntry("permissions", List.of("read_vehicle_info", "read_odometer"));
	}

	@Test
	void aDisconnectedCarLeavesTheVehicleListUntilReconnected() {
		String teslaPath = "/v2.0/vehicles/" + this.tesla.id();
		assertThat(json(this.api.delete(teslaPath + "/application"))).containsExactly(Map.entry("status", "success"));
		assertThat(this.tesla.isConnected()).isFalse();
		assertThat(this.simulator.connectedVehicles()).hasSize(3).doesNotContain(this.tesla);
		Map<String, Object> list = this.api.read("/v2.0/vehicles");
		assertThat(list.get("vehicles")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSize(3)
			.doesNotContain(this.tesla.id());
		assertThat(list).containsEntry("paging", Map.of("count", 3, "offset", 0));
		assertError(this.api.get(teslaPath + "/odometer"), 404, "RESOURCE_NOT_FOUND", "PATH");
		assertError(this.api.delete(teslaPath + "/application"), 404, "RESOURCE_NOT_FOUND", "PATH");

		this.simulator.reconnectVehicles();
		assertThat(this.tesla.isConnected()).isTrue();
		assertThat(this.api.read("/v2.0/vehicles").get("vehicles")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSize(4)
			.contains(this.tesla.id());
	}

	@Test
	void allowingAccessInConnectReconnectsTheCarsOnOffer() {
		SimulatedVehicle ford = this.simulator.vehicles().get(1);
		this.api.delete("/v2.0/vehicles/" + ford.id() + "/application");
		this.api.delete("/v2.0/vehicles/" + this.tesla.id() + "/application");
		Map<String, String> parameters = authorizeParameters(this.simulator, "s");
		parameters.put("make", "FORD");
		this.simulator.allow(this.simulator.baseUrl() + "/oauth/authorize?" + SimulatorClient.query(parameters));
		assertThat(ford.isConnected()).isTrue();
		assertThat(this.tesla.isConnected()).as("not on offer").isFalse();
	}

}
