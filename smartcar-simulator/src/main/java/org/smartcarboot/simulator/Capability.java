package org.smartcarboot.simulator;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a car can do through the vehicle API: an endpoint below {@code /vehicles/{id}},
 * the permission it needs, its name in Smartcar's compatibility matrix and the powertrain
 * it needs. The vehicle API answers a request for a capability the car lacks with
 * {@code 501 COMPATIBILITY:VEHICLE_NOT_CAPABLE}; the compatibility API reports the same
 * table; the permissions of a token default to all permissions named here.
 */
enum Capability {

	ATTRIBUTES("/", "read_vehicle_info", "Vehicle info", Requires.NOTHING),

	VIN("/vin", "read_vin", "VIN", Requires.NOTHING),

	LOCATION("/location", "read_location", "Location", Requires.NOTHING),

	ODOMETER("/odometer", "read_odometer", "Odometer", Requires.NOTHING),

	FUEL("/fuel", "read_fuel", "Fuel tank", Requires.ENGINE),

	BATTERY("/battery", "read_battery", "EV battery", Requires.BATTERY),

	BATTERY_CAPACITY("/battery/capacity", "read_battery", "EV battery capacity", Requires.BATTERY),

	NOMINAL_CAPACITY("/battery/nominal_capacity", "read_battery", "EV nominal battery capacity", Requires.BATTERY),

	CHARGE_STATUS("/charge", "read_charge", "EV charging status", Requires.BATTERY),

	CHARGE_LIMIT("/charge/limit", "read_charge", "EV charge limit", Requires.BATTERY),

	CHARGE_CONTROL("/charge", "control_charge", "EV start & stop charge", Requires.BATTERY),

	SET_CHARGE_LIMIT("/charge/limit", "control_charge", "EV set charge limit", Requires.BATTERY),

	ENGINE_OIL("/engine/oil", "read_engine_oil", "Engine oil life", Requires.ENGINE),

	TIRE_PRESSURE("/tires/pressure", "read_tires", "Tire pressure", Requires.NOTHING),

	LOCK_STATUS("/security", "read_security", "Lock status", Requires.NOTHING),

	LOCK_UNLOCK("/security", "control_security", "Lock & unlock", Requires.NOTHING),

	NAVIGATION("/navigation/destination", "control_navigation", "Send destination", Requires.NOTHING),

	SERVICE_HISTORY("/service/history", "read_service_history", "Service history", Requires.NOTHING),

	SYSTEM_STATUS("/diagnostics/system_status", "read_diagnostics", "Diagnostic system status", Requires.NOTHING),

	TROUBLE_CODES("/diagnostics/dtcs", "read_diagnostics", "Diagnostic trouble codes", Requires.NOTHING);

	private static final List<String> PERMISSIONS = List.of(values())
		.stream()
		.map(Capability::permission)
		.distinct()
		.toList();

	private final String path;

	private final String permission;

	private final String displayName;

	private final Predicate<Powertrain> supported;

	Capability(String path, String permission, String displayName, Requires requires) {
		this.path = path;
		this.permission = permission;
		this.displayName = displayName;
		this.supported = requires.test;
	}

	/**
	 * Every permission a capability needs, each once, in a stable order: what a token
	 * grants when no scope was asked for.
	 * @return the permissions
	 */
	static List<String> permissions() {
		return PERMISSIONS;
	}

	/**
	 * Whether a permission is one the vehicle API knows.
	 * @param permission the permission, for example {@code read_odometer}
	 * @return {@code true} if a capability needs it
	 */
	static boolean isKnownPermission(String permission) {
		return PERMISSIONS.contains(permission);
	}

	/**
	 * The path below {@code /vehicles/{id}}, for example {@code /battery}.
	 * @return the path
	 */
	String path() {
		return this.path;
	}

	String permission() {
		return this.permission;
	}

	/**
	 * The endpoint's name in Smartcar's compatibility matrix, for example
	 * {@code EV battery}.
	 * @return the name
	 */
	String displayName() {
		return this.displayName;
	}

	boolean isSupportedBy(Powertrain powertrain) {
		return this.supported.test(powertrain);
	}

	/**
	 * Refuses a request a car cannot serve.
	 * @param vehicle the car
	 * @throws ApiError {@code 501 COMPATIBILITY:VEHICLE_NOT_CAPABLE} when the car's
	 * powertrain lacks this capability
	 */
	void requireOn(SimulatedVehicle vehicle) {
		if (!isSupportedBy(vehicle.powertrain())) {
			throw new ApiError(SimulatedError.vehicleNotCapable());
		}
	}

	/**
	 * The part of the powertrain a capability needs.
	 */
	private enum Requires {

		NOTHING((powertrain) -> true), BATTERY(Powertrain::hasBattery), ENGINE(Powertrain::hasEngine);

		private final Predicate<Powertrain> test;

		Requires(Predicate<Powertrain> test) {
			this.test = test;
		}

	}

}
