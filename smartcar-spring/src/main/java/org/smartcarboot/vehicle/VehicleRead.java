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
