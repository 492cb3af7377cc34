package org.smartcarboot.compatibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.connect.ConnectMode;

import org.springframework.util.Assert;

/**
 * What to ask the compatibility matrix: the makes and models of a region, optionally
 * narrowed to makes, permissions and an engine type. Checked when created, before
 * anything is sent.
 *
 * <pre class="code">
 * CompatibilityMatrixRequest request = CompatibilityMatrixRequest.of("US")
 *     .withMakes(List.of("TESLA"))
 *     .withType("BEV");
 * </pre>
 *
 * @param region the region, such as {@code US}
 * @param mode the Connect mode, or {@code null} for Smartcar's default (live)
 * @param makes the makes to list, all when empty
 * @param scopes the permissions to list support for, all when empty
 * @param type the engine type, such as {@code BEV}, {@code PHEV} or {@code ICE}, or
 * {@code null} for all
 */
public record CompatibilityMatrixRequest(String region, @Nullable ConnectMode mode, List<String> makes,
		List<String> scopes, @Nullable String type) {

	/**
	 * Region asked about unless another is set.
	 */
	public static final String DEFAULT_REGION = "US";

	private static final Pattern REGION = Pattern.compile("[A-Z]{2,16}");

	private static final Pattern MAKE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final Pattern TYPE = Pattern.compile("[A-Z]{2,8}");

	/**
	 * Creates a request, checking every parameter.
	 * @throws IllegalArgumentException when the region is not upper-case letters, a make
	 * is not a make id such as {@code TESLA}, a permission is not a permission name, or
	 * the type is not upper-case letters
	 */
	public CompatibilityMatrixRequest {
		Assert.isTrue(region != null && REGION.matcher(region).matches(),
				() -> "region must be upper-case letters such as US, was '" + region + "'");
		makes = CompatibilityParameters.matching(makes, MAKE, "makes");
		scopes = CompatibilityParameters.permissions(scopes, "scopes", false);
		Assert.isTrue(type == null || TYPE.matcher(type).matches(),
				() -> "type must be an upper-case engine type such as BEV, was '" + type + "'");
	}

	/**
	 * Creates a request for every make and model of a region.
	 * @param region the region, such as {@value #DEFAULT_REGION}
	 * @return the request
	 */
	public static CompatibilityMatrixRequest of(String region) {
		return new CompatibilityMatrixRequest(region, null, List.of(), List.of(), null);
	}

	/**
	 * Returns this request in another Connect mode.
	 * @param mode the mode
	 * @return the request
	 */
	public CompatibilityMatrixRequest withMode(ConnectMode mode) {
		Assert.notNull(mode, "mode must not be null");
		return new CompatibilityMatrixRequest(this.region, mode, this.makes, this.scopes, this.type);
	}

	/**
	 * Returns this request narrowed to some makes.
	 * @param makes the makes, such as {@code TESLA}
	 * @return the request
	 */
	public CompatibilityMatrixRequest withMakes(Collection<String> makes) {
		Assert.notNull(makes, "makes must not be null");
		return new CompatibilityMatrixRequest(this.region, this.mode, new ArrayList<>(makes), this.scopes, this.type);
	}

	/**
	 * Returns this request narrowed to the support of some permissions.
	 * @param scopes the permissions, such as {@code read_battery}
	 * @return the request
	 */
	public CompatibilityMatrixRequest withScopes(Collection<String> scopes) {
		Assert.notNull(scopes, "scopes must not be null");
		return new CompatibilityMatrixRequest(this.region, this.mode, this.makes, new ArrayList<>(scopes), this.type);
	}

	/**
	 * Returns this request narrowed to one engine type.
	 * @param type the engine type, such as {@code BEV}
	 * @return the request
	 */
	public CompatibilityMatrixRequest withType(String type) {
		Assert.notNull(type, "type must not be null");
		return new CompatibilityMatrixRequest(this.region, this.mode, this.makes, this.scopes, type);
	}

}
