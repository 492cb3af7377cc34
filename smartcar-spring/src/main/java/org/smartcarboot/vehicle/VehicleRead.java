package org.smartcarboot.vehicle;

/**
 * A read of one vehicle: the path below {@code /vehicles/{id}}, the record its body is
 * read into and the permission it needs. Used alone by the reads of
 * {@link SmartcarVehicle} and together by its batch request.
 *
 * @param <T> the type of the value read
 */
public final class VehicleRead<T> {

	/**
	 * The vehicle's make, model and year.
	 */
	public static final VehicleRead<VehicleAttributes> ATTRIBUTES = new VehicleRead<>("/", VehicleAttributes.class,
			"read_vehicle_info");

	/**
	 * The vehicle identification number.
	 */
	public static final VehicleRead<Vin> VIN = new VehicleRead<>("/vin", Vin.class, "read_vin");

	/**
	 * The odometer.
	 */
	public static final VehicleRead<Odometer> ODOMETER = new VehicleRead<>("/odometer", Odometer.class,
			"read_odometer");

	/**
	 * The last known location.
	 */
	public static final VehicleRead<Location> LOCATION = new VehicleRead<>("/location", Location.class,
			"read_location");

	/**
	 * The fuel left in the tank.
	 */
	public static final VehicleRead<Fuel> FUEL = new VehicleRead<>("/fuel", Fuel.class, "read_fuel");

	/**
	 * The state of charge of an electric vehicle's battery.
	 */
	public static final VehicleRead<Battery> BATTERY = new VehicleRead<>("/battery", Battery.class, "read_battery");

	/**
	 * The capacity of an electric vehicle's battery.
	 */
	public static final VehicleRead<BatteryCapacity> BATTERY_CAPACITY = new VehicleRead<>("/battery/capacity",
			BatteryCapacity.class, "read_battery");

	/**
	 * The nominal capacities of an electric vehicle's battery.
	 */
	public static final VehicleRead<NominalCapacity> NOMINAL_CAPACITY = new VehicleRead<>("/battery/nominal_capacity",
			NominalCapacity.class, "read_battery");

	/**
	 * Whether an electric vehicle is plugged in and charging.
	 */
	public static final VehicleRead<ChargeStatus> CHARGE = new VehicleRead<>("/charge", ChargeStatus.class,
			"read_charge");

	/**
	 * The state of charge at which an electric vehicle stops charging.
	 */
	public static final VehicleRead<ChargeLimit> CHARGE_LIMIT = new VehicleRead<>("/charge/limit", ChargeLimit.class,
			"read_charge");

	/**
	 * The remaining life of the engine oil.
	 */
	public static final VehicleRead<EngineOil> ENGINE_OIL = new VehicleRead<>("/engine/oil", EngineOil.class,
			"read_engine_oil");

	/**
	 * The air pressure of the tires.
	 */
	public static final VehicleRead<TirePressure> TIRE_PRESSURE = new VehicleRead<>("/tires/pressure",
			TirePressure.class, "read_tires");

	/**
	 * Whether the vehicle is locked, with its doors, windows, sunroof, storage and
	 * charging port.
	 */
	public static final VehicleRead<LockStatus> LOCK_STATUS = new VehicleRead<>("/security", LockStatus.class,
			"read_security");

	/**
	 * The health of the vehicle's systems.
	 */
	public static final VehicleRead<DiagnosticSystemStatus> DIAGNOSTIC_SYSTEM_STATUS = new VehicleRead<>(
			"/diagnostics/system_status", DiagnosticSystemStatus.class, "read_diagnostics");

	/**
	 * The active diagnostic trouble codes.
	 */
	public static final VehicleRead<DiagnosticTroubleCodes> DIAGNOSTIC_TROUBLE_CODES = new VehicleRead<>(
			"/diagnostics/dtcs", DiagnosticTroubleCodes.class, "read_diagnostics");

	private final String path;

	private final Class<T> type;

	private final String permission;

	private VehicleRead(String path, Class<T> type, String permission) {
		this.path = path;
		this.type = type;
		this.permission = permission;
	}

	/**
	 * Returns the path below {@code /vehicles/{id}}, such as {@code /odometer}; {@code /}
	 * for the vehicle itself.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Returns the type the response body is read into.
	 * @return the type
	 */
	public Class<T> type() {
		return this.type;
	}

	/**
	 * Returns the permission the read needs, such as {@code read_odometer}.
	 * @return the permission
	 */
	public String permission() {
		return this.permission;
	}

	@Override
	public String toString() {
		return "VehicleRead[" + this.path + "]";
	}

}
