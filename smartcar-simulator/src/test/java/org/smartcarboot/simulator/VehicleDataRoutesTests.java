package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.smartcarboot.simulator.SimulatedVehicle.Destination;
import org.smartcarboot.simulator.SimulatedVehicle.TirePressures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartcarboot.simulator.DriverApi.assertError;

/**
 * Tests for the simulated fuel, engine oil, tire pressure, lock status and navigation
 * endpoints, over HTTP, for an electric and a combustion car.
 */
class VehicleDataRoutesTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final DriverApi api = new DriverApi(this.simulator);

	private final SimulatedVehicle tesla = this.simulator.vehicles().get(0);

	private final SimulatedVehicle toyota = this.simulator.vehicles().get(3);

	private final String teslaPath = "/v2.0/vehicles/" + this.tesla.id();

	private final String toyotaPath = "/v2.0/vehicles/" + this.toyota.id();

	@Test
	void fuelInLitresOrGallons() {
		this.toyota.setFuelPercentRemaining(0.5);
		Map<String, Object> metric = this.api.read(this.toyotaPath + "/fuel");
		assertThat(metric).containsOnlyKeys("range", "percentRemaining", "amountRemaining")
			.containsEntry("percentRemaining", 0.5)
			.containsEntry("amountRemaining", 27.5)
			.containsEntry("range", 395.0);
		HttpResponse<String> imperial = this.api.get(this.toyotaPath + "/fuel", "sc-unit-system", "imperial");
		assertThat(imperial.headers().firstValue("sc-unit-system")).hasValue("imperial");
		Map<String, Object> gallons = SimulatorClient.json(imperial);
		assertThat(number(gallons, "amountRemaining")).isCloseTo(27.5 * 0.264172, within(1e-9));
		assertThat(number(gallons, "range")).isCloseTo(395.0 * 0.621371, within(1e-9));
		assertThat(gallons).containsEntry("percentRemaining", 0.5);
	}

	@Test
	void engineOilOfACombustionCar() {
		this.toyota.setOilLifeRemaining(0.35);
		assertThat(this.api.read(this.toyotaPath + "/engine/oil")).containsExactly(Map.entry("lifeRemaining", 0.35));
	}

	@Test
	void anElectricCarCannotServeFuelOrEngineOil() {
		for (String read : List.of("/fuel", "/engine/oil")) {
			assertError(this.api.get(this.teslaPath + read), 501, "COMPATIBILITY", "VEHICLE_NOT_CAPABLE");
		}
	}

	@Test
	void tirePressureInKilopascalsOrPsi() {
		this.tesla.setTirePressures(new TirePressures(290, 289, 250, 251));
		assertThat(this.api.read(this.teslaPath + "/tires/pressure")).containsExactly(Map.entry("frontLeft", 290.0),
				Map.entry("frontRight", 289.0), Map.entry("backLeft", 250.0), Map.entry("backRight", 251.0));
		Map<String, Object> psi = this.api.read(this.teslaPath + "/tires/pressure", "sc-unit-system", "imperial");
		assertThat(number(psi, "frontLeft")).isCloseTo(42.06, within(0.01));
		assertThat(number(psi, "backLeft")).isCloseTo(36.26, within(0.01));
	}

	@Test
	void aCombustionCarHasNoChargingPort() {
		assertThat(this.api.read(this.toyotaPath + "/security").get("chargingPort"))
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		assertThat(this.api.read(this.teslaPath + "/security").get("chargingPort"))
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(Map.of("type", "chargingPort", "status", "CLOSED"));
	}

	@Test
	void aDestinationReachesTheCar() {
		Map<String, Object> result = this.api.command(this.toyotaPath + "/navigation/destination",
				"{\"latitude\":37.4292,\"longitude\":-122.1381}");
		assertThat(result).containsEntry("status", "success").containsKey("message");
		assertThat(this.toyota.destination()).hasValue(new Destination(37.4292, -122.1381));
	}

	@Test
	void aDestinationOutOfRangeIsAValidationError() {
		this.tesla.setDestination(null);
		for (String body : List.of("{\"latitude\":90.1,\"longitude\":0}", "{\"latitude\":0,\"longitude\":-180.5}",
				"{\"latitude\":0}", "{\"latitude\":\"north\",\"longitude\":0}")) {
			assertError(this.api.post(this.teslaPath + "/navigation/destination", body), 400, "VALIDATION",
					"PARAMETER");
		}
		assertThat(this.tesla.destination()).isEmpty();
	}

	@Test
	void everyCarAnswersItsAttributesVinOdometerAndLocation() {
		for (SimulatedVehicle vehicle : this.simulator.vehicles()) {
			String path = "/v2.0/vehicles/" + vehicle.id();
			assertThat(this.api.read(path)).containsEntry("make", vehicle.make()).containsEntry("year", vehicle.year());
			assertThat(this.api.read(path + "/vin")).containsEntry("vin", vehicle.vin());
			assertThat(number(this.api.read(path + "/odometer"), "distance")).isEqualTo(vehicle.odometerKm());
			assertThat(this.api.read(path + "/location")).containsEntry("latitude", vehicle.latitude());
		}
	}

	private static double number(Map<String, Object> body, String key) {
		return ((Number) body.get(key)).doubleValue();
	}

}
