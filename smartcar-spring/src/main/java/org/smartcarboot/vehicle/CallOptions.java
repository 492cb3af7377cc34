package org.smartcarboot.vehicle;

import java.util.regex.Pattern;

import org.smartcarboot.api.UnitSystem;

import org.springframework.util.Assert;

/**
 * How calls of a service or vehicle handle are sent: the API version and the unit system
 * requested for measurements.
 *
 * @param apiVersion the version of the vehicle API, such as {@code 2.0}
 * @param unitSystem the unit system requested
 */
record CallOptions(String apiVersion, UnitSystem unitSystem) {

	private static final Pattern API_VERSION = Pattern.compile("\\d+\\.\\d+");

	CallOptions {
		Assert.isTrue(apiVersion != null && API_VERSION.matcher(apiVersion).matches(),
				() -> "apiVersion must be a version such as 2.0, was '" + apiVersion + "'");
		Assert.notNull(unitSystem, "unitSystem must not be null");
	}

	CallOptions withApiVersion(String apiVersion) {
		return new CallOptions(apiVersion, this.unitSystem);
	}

	CallOptions withUnitSystem(UnitSystem unitSystem) {
		return new CallOptions(this.apiVersion, unitSystem);
	}

	/**
	 * Returns a path of the vehicle API prefixed with the version, such as
	 * {@code /v2.0/vehicles/{id}}.
	 * @param path the path after the version
	 * @return the versioned path
	 */
	String versioned(String path) {
		return "/v" + this.apiVersion + path;
	}

}
