package org.smartcarboot.compatibility;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.ResponseBodies;

/**
 * The v2.0 compatibility of a vehicle: whether it can be connected, and per permission
 * whether it is capable of it.
 *
 * @param compatible whether the vehicle can be connected
 * @param reason why not, such as {@code VEHICLE_NOT_COMPATIBLE} or
 * {@code MAKE_NOT_COMPATIBLE}, or {@code null}
 * @param capabilities the capability per permission asked about, empty when Smartcar
 * lists none
 */
public record Compatibility(Boolean compatible, @Nullable String reason, List<Capability> capabilities) {

	/**
	 * Creates the compatibility, requiring {@code compatible}.
	 */
	public Compatibility {
		ResponseBodies.require(compatible, "compatible");
		capabilities = (capabilities != null) ? List.copyOf(capabilities) : List.of();
	}

	/**
	 * Whether the vehicle is capable of one permission.
	 *
	 * @param permission the permission, such as {@code read_odometer}
	 * @param endpoint the endpoint the permission serves, such as {@code /odometer}
	 * @param capable whether the vehicle is capable of it
	 * @param reason why not, such as {@code SMARTCAR_NOT_CAPABLE}, or {@code null}
	 */
	public record Capability(String permission, String endpoint, Boolean capable, @Nullable String reason) {

		/**
		 * Creates the capability, requiring the permission, endpoint and verdict.
		 */
		public Capability {
			ResponseBodies.require(permission, "capabilities[].permission");
			ResponseBodies.require(endpoint, "capabilities[].endpoint");
			ResponseBodies.require(capable, "capabilities[].capable");
		}

	}

}
