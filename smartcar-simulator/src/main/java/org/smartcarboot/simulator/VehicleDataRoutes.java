package org.smartcarboot.simulator;

import java.util.List;

import org.smartcarboot.simulator.SimulatedVehicle.TirePressures;

/**
 * What a car is and what its gauges say: attributes, VIN, odometer, fuel, engine oil and
 * tire pressure, in the unit system the request asks for.
 */
final class VehicleDataRoutes implements RouteGroup {

	private final SimulatedAccount account;

	VehicleDataRoutes(SimulatedAccount account) {
		this.account = account;
	}

	@Override
	public List<Route> routes() {
		return List.of(Route.of("GET", "/v2.0/vehicles/{id}", this::attributes),
				Route.of("GET", "/v2.0/vehicles/{id}/vin", (request) -> new Vin(request.vehicleIn(this.account).vin())),
				Route.of("GET", "/v2.0/vehicles/{id}/odometer",
						(request) -> new Odometer(
								request.units().distance(request.vehicleIn(this.account).odometerKm()))),
				Route.of("GET", "/v2.0/vehicles/{id}/fuel", this::fuel),
				Route.of("GET", "/v2.0/vehicles/{id}/engine/oil", this::engineOil),
				Route.of("GET", "/v2.0/vehicles/{id}/tires/pressure", this::tirePressure));
	}

	private Attributes attributes(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		return new Attributes(vehicle.id(), vehicle.make(), vehicle.model(), vehicle.year());
	}

	private Fuel fuel(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		Capability.FUEL.requireOn(vehicle);
		UnitSystem units = request.units();
		return new Fuel(units.distance(vehicle.rangeKm()), vehicle.fuelPercentRemaining(),
				units.volume(vehicle.fuelLitres()));
	}

	private EngineOil engineOil(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		Capability.ENGINE_OIL.requireOn(vehicle);
		return new EngineOil(vehicle.oilLifeRemaining());
	}

	private TirePressures tirePressure(ApiRequest request) {
		TirePressures kpa = request.vehicleIn(this.account).tirePressures();
		UnitSystem units = request.units();
		return new TirePressures(units.pressure(kpa.frontLeft()), units.pressure(kpa.frontRight()),
				units.pressure(kpa.backLeft()), units.pressure(kpa.backRight()));
	}

	private record Attributes(String id, String make, String model, int year) {
	}

	private record Vin(String vin) {
	}

	private record Odometer(double distance) {
	}

	private record Fuel(double range, double percentRemaining, double amountRemaining) {
	}

	private record EngineOil(double lifeRemaining) {
	}

}
