package org.smartcarboot.simulator;

/**
 * What drives a simulated car. It decides which endpoints the car can serve: battery and
 * charging need a traction battery, fuel and engine oil need a combustion engine; the
 * others answer with {@code 501 COMPATIBILITY:VEHICLE_NOT_CAPABLE}.
 */
public enum Powertrain {

	/**
	 * A battery electric vehicle (Smartcar type {@code BEV}).
	 */
	ELECTRIC(true, false, "BEV"),

	/**
	 * A plug-in hybrid with both a traction battery and an engine (Smartcar type
	 * {@code PHEV}).
	 */
	PLUG_IN_HYBRID(true, true, "PHEV"),

	/**
	 * A car with an internal combustion engine only (Smartcar type {@code ICE}).
	 */
	COMBUSTION(false, true, "ICE");

	private final boolean battery;

	private final boolean engine;

	private final String smartcarType;

	Powertrain(boolean battery, boolean engine, String smartcarType) {
		this.battery = battery;
		this.engine = engine;
		this.smartcarType = smartcarType;
	}

	/**
	 * Whether the car has a traction battery it can charge.
	 * @return {@code true} for electric cars and plug-in hybrids
	 */
	public boolean hasBattery() {
		return this.battery;
	}

	/**
	 * Whether the car has a combustion engine and a fuel tank.
	 * @return {@code true} for combustion cars and plug-in hybrids
	 */
	public boolean hasEngine() {
		return this.engine;
	}

	/**
	 * The engine type as Smartcar's compatibility matrix names it.
	 * @return {@code BEV}, {@code PHEV} or {@code ICE}
	 */
	public String smartcarType() {
		return this.smartcarType;
	}

}
