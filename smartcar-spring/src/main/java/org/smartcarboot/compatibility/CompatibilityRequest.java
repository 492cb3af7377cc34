package org.smartcarboot.compatibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarFlags;
import org.smartcarboot.connect.ConnectMode;
import org.smartcarboot.connect.ConnectParameters;

import org.springframework.util.Assert;

/**
 * What to ask the v2.0 compatibility API: can the vehicle with this VIN grant these
 * permissions. Checked when created, before anything is sent.
 *
 * <pre class="code">
 * CompatibilityRequest request = CompatibilityRequest.of("5YJ3E1EA7KF317000", List.of("read_battery"))
 *     .withCountry("CA");
 * </pre>
 *
 * @param vin the 17-character vehicle identification number
 * @param scopes the permissions to check, at least one, such as {@code read_odometer}
 * @param country the two-letter country code, {@value #DEFAULT_COUNTRY} by default
 * @param mode the Connect mode to check in, or {@code null} for Smartcar's default (live)
 * @param testModeCompatibilityLevel how compatible test mode pretends the vehicle is, or
 * {@code null}; needs mode {@code TEST}
 * @param flags feature flags, name to value
 */
public record CompatibilityRequest(String vin, List<String> scopes, String country, @Nullable ConnectMode mode,
		@Nullable TestModeCompatibilityLevel testModeCompatibilityLevel, Map<String, String> flags) {

	/**
	 * Country asked about unless another is set.
	 */
	public static final String DEFAULT_COUNTRY = "US";

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	/**
	 * Creates a request, checking every parameter.
	 * @throws IllegalArgumentException when the VIN is not 17 VIN characters, there is no
	 * permission or one is not a permission name, the country is not two upper-case
	 * letters, a test-mode compatibility level comes without test mode, or a flag is
	 * malformed
	 */
	public CompatibilityRequest {
		Assert.isTrue(ConnectParameters.isVin(vin), () -> "vin must be a 17-character VIN, was '" + vin + "'");
		scopes = CompatibilityParameters.permissions(scopes, "scopes", true);
		Assert.isTrue(country != null && COUNTRY.matcher(country).matches(),
				() -> "country must be a two-letter upper-case country code such as US, was '" + country + "'");
		Assert.isTrue(testModeCompatibilityLevel == null || mode == ConnectMode.TEST,
				() -> "testModeCompatibilityLevel needs mode TEST, mode was " + mode);
		flags = SmartcarFlags.checked(flags);
	}

	/**
	 * Creates a request for a vehicle in the {@value #DEFAULT_COUNTRY}.
	 * @param vin the 17-character vehicle identification number
	 * @param scopes the permissions to check, at least one
	 * @return the request
	 */
	public static CompatibilityRequest of(String vin, Collection<String> scopes) {
		Assert.notNull(scopes, "scopes must not be null");
		return new CompatibilityRequest(vin, new ArrayList<>(scopes), DEFAULT_COUNTRY, null, null, Map.of());
	}

	/**
	 * Returns this request for another country.
	 * @param country the two-letter country code, such as {@code CA}
	 * @return the request
	 */
	public CompatibilityRequest withCountry(String country) {
		return new CompatibilityRequest(this.vin, this.scopes, country, this.mode, this.testModeCompatibilityLevel,
				this.flags);
	}

	/**
	 * Returns this request in another Connect mode.
	 * @param mode the mode
	 * @return the request
	 */
	public CompatibilityRequest withMode(ConnectMode mode) {
		Assert.notNull(mode, "mode must not be null");
		return new CompatibilityRequest(this.vin, this.scopes, this.country, mode, this.testModeCompatibilityLevel,
				this.flags);
	}

	/**
	 * Returns this request in test mode, with the compatibility test mode pretends.
	 * @param level the compatibility level
	 * @return the request, in mode {@code TEST}
	 */
	public CompatibilityRequest withTestModeCompatibilityLevel(TestModeCompatibilityLevel level) {
		Assert.notNull(level, "level must not be null");
		return new CompatibilityRequest(this.vin, this.scopes, this.country, ConnectMode.TEST, level, this.flags);
	}

	/**
	 * Returns this request with feature flags.
	 * @param flags the flags, name to value, sent as {@code name:value} pairs
	 * @return the request
	 */
	public CompatibilityRequest withFlags(Map<String, String> flags) {
		return new CompatibilityRequest(this.vin, this.scopes, this.country, this.mode, this.testModeCompatibilityLevel,
				flags);
	}

}
