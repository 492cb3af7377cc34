package org.smartcarboot.simulator;

import java.util.List;

import org.smartcarboot.simulator.VehicleProfile.Battery;
import org.smartcarboot.simulator.VehicleProfile.NominalCapacity;

/**
 * The traction battery and charging of electric cars: battery level and capacity, nominal
 * capacity, charging status, charge limit, and the start, stop and set-limit commands. A
 * car without a traction battery answers all of them with
 * {@code 501 COMPATIBILITY:VEHICLE_NOT_CAPABLE}.
 */
final class ChargingRoutes implements RouteGroup {

	private final SimulatedAccount account;

	private final ClientRegistration client;

	ChargingRoutes(SimulatedAccount account, ClientRegistration client) {
		this.account = account;
		this.client = client;
	}

	@Override
	public List<Route> routes() {
		return List.of(Route.of("GET", "/v2.0/vehicles/{id}/battery", this::battery),
				Route.of("GET", "/v2.0/vehicles/{id}/battery/capacity", this::batteryCapacity),
				Route.of("GET", "/v2.0/vehicles/{id}/battery/nominal_capacity", this::nominalCapacity),
				Route.of("GET", "/v2.0/vehicles/{id}/charge", this::chargeStatus),
				Route.of("POST", "/v2.0/vehicles/{id}/charge", this::startOrStopCharging),
				Route.of("GET", "/v2.0/vehicles/{id}/charge/limit", this::chargeLimit),
				Route.of("POST", "/v2.0/vehicles/{id}/charge/limit", this::setChargeLimit));
	}

	private BatteryLevel battery(ApiRequest request) {
		SimulatedVehicle vehicle = vehicle(request, Capability.BATTERY);
		return new BatteryLevel(request.units().distance(vehicle.rangeKm()), vehicle.batteryPercentRemaining());
	}

	private BatteryCapacity batteryCapacity(ApiRequest request) {
		return new BatteryCapacity(vehicle(request, Capability.BATTERY_CAPACITY).batteryCapacityKwh());
	}

	private NominalCapacityBody nominalCapacity(ApiRequest request) {
		SimulatedVehicle vehicle = vehicle(request, Capability.NOMINAL_CAPACITY);
		Battery battery = vehicle.profile().battery();
		List<AvailableCapacity> available = battery.nominalCapacities().stream().map(AvailableCapacity::of).toList();
		String url = request.origin() + "/battery-capacity?vehicle_id=" + vehicle.id() + "&client_id="
				+ this.client.clientId() + "&response_type=vehicle_id";
		return new NominalCapacityBody(available, new SelectedCapacity(battery.capacityKwh(), "USER_SELECTED"), url);
	}

	private ChargeStatus chargeStatus(ApiRequest request) {
		SimulatedVehicle vehicle = vehicle(request, Capability.CHARGE_STATUS);
		return new ChargeStatus(vehicle.isPluggedIn(), vehicle.chargeState().name());
	}

	private CommandResult startOrStopCharging(ApiRequest request) {
		SimulatedVehicle vehicle = vehicle(request, Capability.CHARGE_CONTROL);
		Object action = request.jsonBody().get("action");
		if ("START".equals(action)) {
			if (!vehicle.startCharging()) {
				throw new ApiError(SimulatedError.vehicleState("CHARGING_PLUG_NOT_CONNECTED"));
			}
			return CommandResult.sent();
		}
		if ("STOP".equals(action)) {
			vehicle.stopCharging();
			return CommandResult.sent();
		}
		throw ApiError.validation("action must be START or STOP.");
	}

	private ChargeLimit chargeLimit(ApiRequest request) {
		return new ChargeLimit(vehicle(request, Capability.CHARGE_LIMIT).chargeLimit());
	}

	private CommandResult setChargeLimit(ApiRequest request) {
		SimulatedVehicle vehicle = vehicle(request, Capability.SET_CHARGE_LIMIT);
		double limit = request.numberMember("limit");
		if (!SimulatedVehicle.isValidChargeLimit(limit)) {
			throw ApiError.validation("limit must be between 0.5 and 1.");
		}
		vehicle.setChargeLimit(limit);
		return CommandResult.sent();
	}

	private SimulatedVehicle vehicle(ApiRequest request, Capability capability) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		capability.requireOn(vehicle);
		return vehicle;
	}

	private record BatteryLevel(double range, double percentRemaining) {
	}

	private record BatteryCapacity(double capacity) {
	}

	private record AvailableCapacity(double capacity, Object description) {

		static AvailableCapacity of(NominalCapacity capacity) {
			return new AvailableCapacity(capacity.capacity(), ApiResponse.nullable(capacity.description()));
		}

	}

	private record SelectedCapacity(double nominal, String source) {
	}

	private record NominalCapacityBody(List<AvailableCapacity> availableCapacities, SelectedCapacity capacity,
			String url) {
	}

	private record ChargeStatus(boolean isPluggedIn, String state) {
	}

	private record ChargeLimit(double limit) {
	}

}
