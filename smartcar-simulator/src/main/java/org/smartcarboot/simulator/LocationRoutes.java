package org.smartcarboot.simulator;

import java.util.List;

import org.smartcarboot.simulator.SimulatedVehicle.Destination;

/**
 * Where a car is and where it should go: {@code GET /location} and
 * {@code POST /navigation/destination} (latitude within ±90, longitude within ±180).
 */
final class LocationRoutes implements RouteGroup {

	private final SimulatedAccount account;

	LocationRoutes(SimulatedAccount account) {
		this.account = account;
	}

	@Override
	public List<Route> routes() {
		return List.of(Route.of("GET", "/v2.0/vehicles/{id}/location", this::location),
				Route.of("POST", "/v2.0/vehicles/{id}/navigation/destination", this::sendDestination));
	}

	private Location location(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		return new Location(vehicle.latitude(), vehicle.longitude());
	}

	private CommandResult sendDestination(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		double latitude = request.numberMember("latitude");
		double longitude = request.numberMember("longitude");
		if (latitude < -90 || latitude > 90) {
			throw ApiError.validation("latitude must be between -90 and 90.");
		}
		if (longitude < -180 || longitude > 180) {
			throw ApiError.validation("longitude must be between -180 and 180.");
		}
		vehicle.setDestination(new Destination(latitude, longitude));
		return CommandResult.sent();
	}

	private record Location(double latitude, double longitude) {
	}

}
