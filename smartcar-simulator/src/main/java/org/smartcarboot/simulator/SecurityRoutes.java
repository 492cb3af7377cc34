package org.smartcarboot.simulator;

import java.util.List;

/**
 * Doors and locks: {@code GET /security} (lock status of doors, windows, sunroof, storage
 * and charging port) and {@code POST /security} ({@code LOCK} or {@code UNLOCK}).
 */
final class SecurityRoutes implements RouteGroup {

	private final SimulatedAccount account;

	SecurityRoutes(SimulatedAccount account) {
		this.account = account;
	}

	@Override
	public List<Route> routes() {
		return List.of(Route.of("GET", "/v2.0/vehicles/{id}/security", this::lockStatus),
				Route.of("POST", "/v2.0/vehicles/{id}/security", this::lockOrUnlock));
	}

	private LockStatus lockStatus(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		return LockStatus.of(vehicle.isLocked(), vehicle.powertrain().hasBattery());
	}

	private CommandResult lockOrUnlock(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		Object action = request.jsonBody().get("action");
		if ("LOCK".equals(action) || "UNLOCK".equals(action)) {
			vehicle.setLocked("LOCK".equals(action));
			return CommandResult.sent();
		}
		throw ApiError.validation("action must be LOCK or UNLOCK.");
	}

	private record Status(String type, String status) {
	}

	private record LockStatus(boolean isLocked, List<Status> doors, List<Status> windows, List<Status> sunroof,
			List<Status> storage, List<Status> chargingPort) {

		private static final List<String> SIDES = List.of("frontLeft", "frontRight", "backLeft", "backRight");

		/**
		 * The lock status; a car without a traction battery has no charging port, so an
		 * empty {@code chargingPort} list.
		 */
		static LockStatus of(boolean locked, boolean hasChargingPort) {
			return new LockStatus(locked, each(SIDES, locked ? "LOCKED" : "UNLOCKED"), each(SIDES, "CLOSED"),
					each(List.of("sunroof"), "CLOSED"), each(List.of("rear", "front"), "CLOSED"),
					each(hasChargingPort ? List.of("chargingPort") : List.of(), "CLOSED"));
		}

		private static List<Status> each(List<String> types, String status) {
			return types.stream().map((type) -> new Status(type, status)).toList();
		}

	}

}
