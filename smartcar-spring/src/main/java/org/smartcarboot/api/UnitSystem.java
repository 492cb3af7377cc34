package org.smartcarboot.api;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The unit system Smartcar reports measurements in, sent and received in the
 * {@code sc-unit-system} header.
 */
public enum UnitSystem {

	/**
	 * Kilometers, liters, kilopascals.
	 */
	METRIC,

	/**
	 * Miles, US gallons, pounds per square inch.
	 */
	IMPERIAL;

	/**
	 * Name of the header that requests a unit system and states the one a response used.
	 */
	public static final String HEADER = "sc-unit-system";

	/**
	 * Returns the value of the {@code sc-unit-system} header.
	 * @return the lower-case header value
	 */
	public String headerValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses an {@code sc-unit-system} header value.
	 * @param value the header value, case-insensitive
	 * @return the unit system, or {@code null} when the value is absent or unknown
	 */
	public static @Nullable UnitSystem fromHeader(@Nullable String value) {
		if (value != null) {
			for (UnitSystem unitSystem : values()) {
				if (unitSystem.headerValue().equalsIgnoreCase(value.trim())) {
					return unitSystem;
				}
			}
		}
		return null;
	}

}
