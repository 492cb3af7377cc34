package org.smartcarboot.simulator;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A car of the simulated Smartcar user. Its identity and specification are fixed; its
 * state changes through the vehicle API (lock and unlock, start and stop charging, charge
 * limit, destinations, webhook subscriptions, disconnecting) and through the setters,
 * which tests use to arrange a scenario. Metric values throughout: the vehicle API
 * converts them when a request asks for imperial units. Thread-safe.
 */
public final class SimulatedVehicle {

	/**
	 * The lowest charge limit Smartcar accepts.
	 */
	static final double MIN_CHARGE_LIMIT = 0.5;

	private final String id;

	private final String make;

	private final String model;

	private final int year;

	private final String vin;

	private final double latitude;

	private final double longitude;

	private final VehicleProfile profile;

	private final Set<String> webhookSubscriptions = ConcurrentHashMap.newKeySet();

	private volatile double odometerKm;

	private volatile boolean locked;

	private volatile TirePressures tirePressures;

	private volatile double fuelPercentRemaining;

	private volatile double oilLifeRemaining;

	private volatile Destination destination;

	private volatile Instant connectedAt;

	private double batteryPercentRemaining;

	private double chargeLimit = 1.0;

	private boolean pluggedIn;

	private boolean charging;

	SimulatedVehicle(String id, String make, String model, int year, String vin, double latitude, double longitude,
			double odometerKm, boolean locked, TirePressures tirePressures, VehicleProfile profile) {
		this.id = id;
		this.make = make;
		this.model = model;
		this.year = year;
		this.vin = vin;
		this.latitude = latitude;
		this.longitude = longitude;
		this.odometerKm = odometerKm;
		this.locked = locked;
		this.tirePressures = Objects.requireNonNull(tirePressures, "tirePressures");
		this.profile = Objects.requireNonNull(profile, "profile");
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
	 * What drives the car, which decides the endpoints it serves.
	 * @return the powertrain
	 */
	public Powertrain powertrain() {
		return this.profile.powertrain();
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

	/**
	 * The tire pressures in kilopascals.
	 * @return the pressures
	 */
	public TirePressures tirePressures() {
		return this.tirePressures;
	}

	/**
	 * Changes the tire pressures.
	 * @param tirePressures the pressures in kilopascals
	 */
	public void setTirePressures(TirePressures tirePressures) {
		this.tirePressures = Objects.requireNonNull(tirePressures, "tirePressures");
	}

	/**
	 * The range left, on the battery for electric cars and on the tank for combustion
	 * cars.
	 * @return the range in km
	 */
	public double rangeKm() {
		double fraction = powertrain().hasBattery() ? batteryPercentRemaining() : this.fuelPercentRemaining;
		return fraction * this.profile.fullRangeKm();
	}

	/**
	 * The state of charge of the traction battery.
	 * @return the fraction remaining, 0 to 1
	 * @throws IllegalStateException if the car has no traction battery
	 */
	public synchronized double batteryPercentRemaining() {
		requireBattery();
		return this.batteryPercentRemaining;
	}

	/**
	 * Changes the state of charge of the traction battery.
	 * @param fraction the fraction remaining, 0 to 1
	 * @throws IllegalStateException if the car has no traction battery
	 */
	public synchronized void setBatteryPercentRemaining(double fraction) {
		requireBattery();
		this.batteryPercentRemaining = requireFraction(fraction, "fraction");
	}

	/**
	 * The usable capacity of the traction battery.
	 * @return the capacity in kWh
	 * @throws IllegalStateException if the car has no traction battery
	 */
	public double batteryCapacityKwh() {
		requireBattery();
		return this.profile.battery().capacityKwh();
	}

	/**
	 * Whether a charging cable is plugged in.
	 * @return {@code true} when plugged in
	 * @throws IllegalStateException if the car has no traction battery
	 */
	public synchronized boolean isPluggedIn() {
		requireBattery();
		return this.pluggedIn;
	}

	/**
	 * Plugs the charging cable in or out; unplugging stops charging.
	 * @param pluggedIn {@code true} to plug in
	 * @throws IllegalStateException if the car has no traction battery
	 */
	public synchronized void setPluggedIn(boolean pluggedIn) {
		requireBattery();
		this.pluggedIn = pluggedIn;
		this.charging = this.charging && pluggedIn;
	}

	/**
	 * The charging state as {@code GET /charge} reports it: not charging when unplugged,
	 * fully charged when plugged in at or above the charge limit, charging when plugged
	 * in below the limit after a start request, not charging otherwise.
	 * @return the charging state
	 * @throws IllegalStateException if the car has no traction battery
	 */
	public synchronized ChargeState chargeState() {
		requireBattery();
		if (!this.pluggedIn) {
			return ChargeState.NOT_CHARGING;
		}
		if (this.batteryPercentRemaining >= this.chargeLimit) {
			return ChargeState.FULLY_CHARGED;
		}
		return this.charging ? ChargeState.CHARGING : ChargeState.NOT_CHARGING;
	}

	/**
	 * Starts charging, as {@code POST /charge} with {@code START} does.
	 * @return {@code false} when no cable is plugged in, so nothing changed
	 */
	synchronized boolean startCharging() {
		this.charging = this.pluggedIn;
		return this.pluggedIn;
	}

	/**
	 * Stops charging, as {@code POST /charge} with {@code STOP} does.
	 */
	synchronized void stopCharging() {
		this.charging = false;
	}

	/**
	 * The charge limit: the state of charge at which charging stops.
	 * @return the limit, 0.5 to 1
	 * @throws IllegalStateException if the car has no traction battery
	 */
	public synchronized double chargeLimit() {
		requireBattery();
		return this.chargeLimit;
	}

	/**
	 * Changes the charge limit, as {@code POST /charge/limit} does.
	 * @param limit the limit, 0.5 to 1
	 * @throws IllegalStateException if the car has no traction battery
	 */
	public synchronized void setChargeLimit(double limit) {
		requireBattery();
		if (!isValidChargeLimit(limit)) {
			throw new IllegalArgumentException("limit must be between 0.5 and 1, was " + limit);
		}
		this.chargeLimit = limit;
	}

	static boolean isValidChargeLimit(double limit) {
		return limit >= MIN_CHARGE_LIMIT && limit <= 1.0;
	}

	/**
	 * The fuel level.
	 * @return the fraction of the tank remaining, 0 to 1
	 * @throws IllegalStateException if the car has no combustion engine
	 */
	public double fuelPercentRemaining() {
		requireEngine();
		return this.fuelPercentRemaining;
	}

	/**
	 * Changes the fuel level.
	 * @param fraction the fraction of the tank remaining, 0 to 1
	 * @throws IllegalStateException if the car has no combustion engine
	 */
	public void setFuelPercentRemaining(double fraction) {
		requireEngine();
		this.fuelPercentRemaining = requireFraction(fraction, "fraction");
	}

	/**
	 * The fuel left in the tank.
	 * @return the amount in litres
	 * @throws IllegalStateException if the car has no combustion engine
	 */
	public double fuelLitres() {
		return fuelPercentRemaining() * this.profile.fuelTankLitres();
	}

	/**
	 * The engine oil life left.
	 * @return the fraction remaining, 0 to 1
	 * @throws IllegalStateException if the car has no combustion engine
	 */
	public double oilLifeRemaining() {
		requireEngine();
		return this.oilLifeRemaining;
	}

	/**
	 * Changes the engine oil life left.
	 * @param fraction the fraction remaining, 0 to 1
	 * @throws IllegalStateException if the car has no combustion engine
	 */
	public void setOilLifeRemaining(double fraction) {
		requireEngine();
		this.oilLifeRemaining = requireFraction(fraction, "fraction");
	}

	/**
	 * The last destination sent to the car's navigation system.
	 * @return the destination, or empty when none was sent
	 */
	public Optional<Destination> destination() {
		return Optional.ofNullable(this.destination);
	}

	void setDestination(Destination destination) {
		this.destination = destination;
	}

	/**
	 * The webhooks the car is subscribed to.
	 * @return the webhook ids, a snapshot
	 */
	public Set<String> webhookSubscriptions() {
		return Set.copyOf(this.webhookSubscriptions);
	}

	void subscribe(String webhookId) {
		this.webhookSubscriptions.add(webhookId);
	}

	void unsubscribe(String webhookId) {
		this.webhookSubscriptions.remove(webhookId);
	}

	/**
	 * Whether the car is connected to the application, so the user's vehicle list shows
	 * it and its endpoints answer. A disconnect request ends that; the driver allowing
	 * access on the Connect consent page, {@link SmartcarSimulator#reconnectVehicles()}
	 * or the next test run by {@link SmartcarSimulatorExtension} connects it again.
	 * @return {@code true} when connected
	 */
	public boolean isConnected() {
		return this.connectedAt != null;
	}

	/**
	 * When the car was connected.
	 * @return the instant, or {@code null} when disconnected
	 */
	Instant connectedAt() {
		return this.connectedAt;
	}

	/**
	 * Connects the car unless it is connected.
	 * @param now the connection time to record
	 */
	synchronized void connect(Instant now) {
		if (this.connectedAt == null) {
			this.connectedAt = now;
		}
	}

	/**
	 * Disconnects the car, ending its webhook subscriptions.
	 */
	synchronized void disconnect() {
		this.connectedAt = null;
		this.webhookSubscriptions.clear();
	}

	VehicleProfile profile() {
		return this.profile;
	}

	private void requireBattery() {
		if (!powertrain().hasBattery()) {
			throw new IllegalStateException(this + " has no traction battery");
		}
	}

	private void requireEngine() {
		if (!powertrain().hasEngine()) {
			throw new IllegalStateException(this + " has no combustion engine");
		}
	}

	private static double requireFraction(double fraction, String name) {
		if (!(fraction >= 0 && fraction <= 1)) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, was " + fraction);
		}
		return fraction;
	}

	@Override
	public String toString() {
		return this.make + " " + this.model + " " + this.year + " (" + this.id + ")";
	}

	/**
	 * A charging state as Smartcar reports it.
	 */
	public enum ChargeState {

		/**
		 * Plugged in and charging.
		 */
		CHARGING,

		/**
		 * Plugged in and charged up to the charge limit.
		 */
		FULLY_CHARGED,

		/**
		 * Unplugged, or plugged in without charging.
		 */
		NOT_CHARGING

	}

	/**
	 * The pressure of each tire.
	 *
	 * @param frontLeft the front left tire's pressure in kPa
	 * @param frontRight the front right tire's pressure in kPa
	 * @param backLeft the back left tire's pressure in kPa
	 * @param backRight the back right tire's pressure in kPa
	 */
	public record TirePressures(double frontLeft, double frontRight, double backLeft, double backRight) {

		/**
		 * Creates tire pressures, checking that none is negative.
		 * @param frontLeft the front left tire's pressure in kPa
		 * @param frontRight the front right tire's pressure in kPa
		 * @param backLeft the back left tire's pressure in kPa
		 * @param backRight the back right tire's pressure in kPa
		 */
		public TirePressures {
			for (double pressure : new double[] { frontLeft, frontRight, backLeft, backRight }) {
				if (!(pressure >= 0)) {
					throw new IllegalArgumentException("tire pressures must not be negative, was " + pressure);
				}
			}
		}

	}

	/**
	 * A navigation destination.
	 *
	 * @param latitude the latitude in degrees
	 * @param longitude the longitude in degrees
	 */
	public record Destination(double latitude, double longitude) {
	}

}
