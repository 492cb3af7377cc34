package org.smartcarboot.simulator;

/**
 * A car connected to the simulated Smartcar user. Its identity and specification are
 * fixed; its lock state changes through the vehicle API (lock and unlock requests), and
 * tests may change its lock state and odometer through the setters. Thread-safe.
 */
public final class SimulatedVehicle {

	private final String id;

	private final String make;

	private final String model;

	private final int year;

	private final String vin;

	private final double latitude;

	private final double longitude;

	private volatile double odometerKm;

	private volatile boolean locked;

	SimulatedVehicle(String id, String make, String model, int year, String vin, double latitude, double longitude,
			double odometerKm, boolean locked) {
		this.id = id;
		this.make = make;
		this.model = model;
		this.year = year;
		this.vin = vin;
		this.latitude = latitude;
		this.longitude = longitude;
		this.odometerKm = odometerKm;
		this.locked = locked;
	}

	/**
	 * The Smartcar vehicle id (a UUID).
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The make, upper case as Smartcar reports it, for example {@code TESLA}.
	 * @return the make
	 */
	public String make() {
		return this.make;
	}

	/**
	 * The model, for example {@code Model 3}.
	 * @return the model
	 */
	public String model() {
		return this.model;
	}

	/**
	 * The model year.
	 * @return the year
	 */
	public int year() {
		return this.year;
	}

	/**
	 * The 17-character vehicle identification number.
	 * @return the VIN
	 */
	public String vin() {
		return this.vin;
	}

	/**
	 * The latitude of the vehicle's location.
	 * @return the latitude in degrees
	 */
	public double latitude() {
		return this.latitude;
	}

	/**
	 * The longitude of the vehicle's location.
	 * @return the longitude in degrees
	 */
	public double longitude() {
		return this.longitude;
	}

	/**
	 * The odometer reading in kilometres.
	 * @return the distance travelled in km
	 */
	public double odometerKm() {
		return this.odometerKm;
	}

	/**
	 * Changes the odometer reading.
	 * @param odometerKm the distance travelled in km, not negative
	 */
	public void setOdometerKm(double odometerKm) {
		if (!(odometerKm >= 0)) {
			throw new IllegalArgumentException("odometerKm must not be negative, was " + odometerKm);
		}
		this.odometerKm = odometerKm;
	}

	/**
	 * Whether the doors are locked.
	 * @return {@code true} when locked
	 */
	public boolean isLocked() {
		return this.locked;
	}

	/**
	 * Locks or unlocks the doors, as a {@code POST /security} request does.
	 * @param locked {@code true} to lock
	 */
	public void setLocked(boolean locked) {
		this.locked = locked;
	}

	@Override
	public String toString() {
		return this.make + " " + this.model + " " + this.year + " (" + this.id + ")";
	}

}
