package org.smartcarboot.compatibility;

import java.util.Locale;

/**
 * How compatible Smartcar's test mode pretends a vehicle is, sent as
 * {@code test_mode_compatibility_level}.
 */
public enum TestModeCompatibilityLevel {

	/**
	 * A compatible vehicle.
	 */
	COMPATIBLE,

	/**
	 * A compatible plug-in hybrid.
	 */
	PHEV,

	/**
	 * An incompatible vehicle.
	 */
	INCOMPATIBLE,

	/**
	 * A compatible fuel vehicle.
	 */
	FUEL,

	/**
	 * A vehicle too old to be connected.
	 */
	DINOSAUR,

	/**
	 * A compatible battery electric vehicle.
	 */
	BEV;

	/**
	 * Returns the value of the query parameter.
	 * @return the lower-case value, such as {@code phev}
	 */
	public String parameterValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
