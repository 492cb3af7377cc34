package org.smartcarboot.vehicle;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import org.smartcarboot.api.SmartcarFlags;
import org.smartcarboot.api.UnitSystem;

import org.springframework.util.Assert;

/**
 * How calls of a service or vehicle handle are sent: the API version, the unit system
 * requested for measurements and the feature flags.
 *
 * @param apiVersion the version of the vehicle API, such as {@code 2.0}
 * @param unitSystem the unit system requested
 * @param flags the feature flags sent as the {@code flags} query parameter, name to
 * value, in order; empty for none
 */
record CallOptions(String apiVersion, UnitSystem unitSystem, Map<String, String> flags) {

	private static final Pattern API_VERSION = Pattern.compile("\\d+\\.\\d+");

	CallOptions {
		Assert.isTrue(apiVersion != null && API_VERSION.matcher(apiVersion).matches(),
				() -> "apiVersion must be a version such as 2.0, was '" + apiVersion + "'");
		Assert.notNull(unitSystem, "unitSystem must not be null");
		flags = SmartcarFlags.checked(flags);
	}

	CallOptions(String apiVersion, UnitSystem unitSystem) {
		this(apiVersion, unitSystem, Map.of());
	}

	CallOptions withApiVersion(String apiVersion) {
		return new CallOptions(apiVersion, this.unitSystem, this.flags);
	}

	CallOptions withUnitSystem(UnitSystem unitSystem) {
		return new CallOptions(this.apiVersion, unitSystem, this.flags);
	}

	CallOptions withFlags(Map<String, String> flags) {
		return new CallOptions(this.apiVersion, this.unitSystem, flags);
	}

	/**
	 * Returns a URI template with the {@code flags} query parameter added when there are
	 * flags, its value a template variable that {@link #withFlagsValue(Object[])} adds.
	 * @param uriTemplate the template, with or without a query
	 * @return the template
	 */
	String withFlagsParameter(String uriTemplate) {
		if (this.flags.isEmpty()) {
			return uriTemplate;
		}
		return uriTemplate + (uriTemplate.contains("?") ? "&" : "?") + "flags={flags}";
	}

	/**
	 * Returns the values of a template's variables followed by the {@code flags} value
	 * when there are flags, such as {@code foo:bar test:true}.
	 * @param uriVariables the values of the template's own variables
	 * @return the values
	 */
	Object[] withFlagsValue(Object[] uriVariables) {
		if (this.flags.isEmpty()) {
			return uriVariables;
		}
		Object[] values = Arrays.copyOf(uriVariables, uriVariables.length + 1);
		values[uriVariables.length] = SmartcarFlags.parameter(this.flags);
		return values;
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
