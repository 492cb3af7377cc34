package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.smartcarboot.simulator.SimulatedVehicle.ChargeState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartcarboot.simulator.DriverApi.assertError;

/**
 * Tests for the simulated battery and charging endpoints, over HTTP.
 */
class ChargingRoutesTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final DriverApi api = new DriverApi(this.simulator);

	private final SimulatedVehicle tesla = this.simulator.vehicles().get(0);

	private final SimulatedVehicle toyota = this.simulator.vehicles().get(3);

	private final String teslaPath = "/v2.0/vehicles/" + this.tesla.id();

	@BeforeEach
	void plugInHalfCharged() {
		this.tesla.setPluggedIn(true);
		this.tesla.setBatteryPercentRemaining(0.5);
		this.tesla.setChargeLimit(0.8);
		this.tesla.stopCharging();
	}

	@Test
	void batteryLevelAndRangeInTheRequestedUnits() {
		Map<String, Object> metric = this.api.read(this.teslaPath + "/battery");
		assertThat(metric).containsOnlyKeys("range", "percentRemaining").containsEntry("percentRemaining", 0.5);
		assertThat(number(metric, "range")).isEqualTo(284.0);
		HttpResponse<String> imperial = this.api.get(this.teslaPath + "/battery", "sc-unit-system", "imperial");
		assertThat(imperial.headers().firstValue("sc-unit-system")).hasValue("imperial");
		assertThat(number(SimulatorClient.json(imperial), "range")).isCloseTo(284.0 * 0.621371, within(1e-9));
	}

	@Test
	void batteryCapacityAndNominalCapacity() {
		assertThat(this.api.read(this.teslaPath + "/battery/capacity")).containsExactly(Map.entry("capacity", 75.0));
		Map<String, Object> nominal = this.api.read(this.teslaPath + "/battery/nominal_capacity");
		assertThat(nominal).containsOnlyKeys("availableCapacities", "capacity", "url")
			.containsEntry("capacity", Map.of("nominal", 75.0, "source", "USER_SELECTED"));
		assertThat(nominal.get("availableCapacities")).asInstanceOf(InstanceOfAssertFactories.LIST)
			.hasSize(3)
			.contains(Map.of("capacity", 75.0, "description", "BEV:Long Range"));
		assertThat((String) nominal.get("url")).startsWith(this.simulator.baseUrl() + "/battery-capacity?")
			.contains("vehicle_id=" + this.tesla.id(), "client_id=" + this.simulator.clientId());
	}

	@Test
	void startAndStopChangeTheChargeState() {
		assertThat(this.api.read(this.teslaPath + "/charge")).containsExactly(Map.entry("isPluggedIn", true),
				Map.entry("state", "NOT_CHARGING"));
		assertThat(this.api.command(this.teslaPath + "/charge", "{\"action\":\"START\"}"))
			.containsEntry("status", "success")
			.containsKey("message");
		assertThat(this.tesla.chargeState()).isEqualTo(ChargeState.CHARGING);
		assertThat(this.api.read(this.teslaPath + "/charge")).containsEntry("state", "CHARGING");
		this.api.command(this.teslaPath + "/charge", "{\"action\":\"STOP\"}");
		assertThat(this.api.read(this.teslaPath + "/charge")).containsEntry("state", "NOT_CHARGING");
	}

	@Test
	void startingWithoutACableIsAVehicleStateError() {
		this.tesla.setPluggedIn(false);
		assertError(this.api.post(this.teslaPath + "/charge", "{\"action\":\"START\"}"), 409, "VEHICLE_STATE",
				"CHARGING_PLUG_NOT_CONNECTED");
		assertThat(this.api.read(this.teslaPath + "/charge")).containsEntry("isPluggedIn", false)
			.containsEntry("state", "NOT_CHARGING");
	}

	@Test
	void invalidChargeActionIsAValidationError() {
		for (String body : List.of("{\"action\":\"PAUSE\"}", "{}", "[1]")) {
			assertError(this.api.post(this.teslaPath + "/charge", body), 400, "VALIDATION", "PARAMETER");
		}
	}

	@Test
	void chargeLimitIsReadAndSet() {
		assertThat(this.api.read(this.teslaPath + "/charge/limit")).containsExactly(Map.entry("limit", 0.8));
		assertThat(this.api.command(this.teslaPath + "/charge/limit", "{\"limit\":0.6}")).containsEntry("status",
				"success");
		assertThat(this.tesla.chargeLimit()).isEqualTo(0.6);
		this.api.command(this.teslaPath + "/charge/limit", "{\"limit\":\"0.95\"}");
		assertThat(this.api.read(this.teslaPath + "/charge/limit")).containsEntry("limit", 0.95);
		this.api.command(this.teslaPath + "/charge/limit", "{\"limit\":0.5}");
		this.api.command(this.teslaPath + "/charge/limit", "{\"limit\":1}");
		assertThat(this.tesla.chargeLimit()).isEqualTo(1.0);
	}

	@Test
	void chargeLimitOutsideHalfToOneIsAValidationError() {
		for (String body : List.of("{\"limit\":0.49}", "{\"limit\":1.01}", "{\"limit\":\"high\"}", "{}")) {
			HttpResponse<String> response = this.api.post(this.teslaPath + "/charge/limit", body);
			assertError(response, 400, "VALIDATION", "PARAMETER");
		}
		assertThat(this.tesla.chargeLimit()).as("unchanged").isEqualTo(0.8);
	}

	@Test
	void aCombustionCarCannotServeBatteryOrChargingRequests() {
		String toyotaPath = "/v2.0/vehicles/" + this.toyota.id();
		for (String read : List.of("/battery", "/battery/capacity", "/battery/nominal_capacity", "/charge",
				"/charge/limit")) {
			Map<String, Object> body = assertError(this.api.get(toyotaPath + read), 501, "COMPATIBILITY",
					"VEHICLE_NOT_CAPABLE");
			assertThat(body).as(read)
				.containsEntry("description", "The vehicle is incapable of performing your request.")
				.containsEntry("docURL", "https://smartcar.com/docs/errors/api-errors/compatibility-errors");
		}
		assertError(this.api.post(toyotaPath + "/charge", "{\"action\":\"START\"}"), 501, "COMPATIBILITY",
				"VEHICLE_NOT_CAPABLE");
		assertError(this.api.post(toyotaPath + "/charge/limit", "{\"limit\":0.8}"), 501, "COMPATIBILITY",
				"VEHICLE_NOT_CAPABLE");
	}

	private static double number(Map<String, Object> body, String key) {
		return ((Number) body.get(key)).doubleValue();
	}

}
