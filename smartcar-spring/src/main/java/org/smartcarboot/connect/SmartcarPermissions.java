package org.smartcarboot.connect;

import java.util.Set;
import java.util.TreeSet;

/**
 * The permissions (Connect scopes) Smartcar documents, such as {@code read_odometer}, and
 * the {@code required:} prefix that makes one mandatory in Connect. Smartcar adds
 * permissions from time to time: a permission missing here is not necessarily wrong, so
 * callers checking scopes against {@link #known()} should offer a way to accept more.
 *
 * @see <a href="https://smartcar.com/docs/api-reference/permissions">Smartcar
 * permissions</a>
 */
public final class SmartcarPermissions {

	/**
	 * Prefix of a Connect scope the driver must grant, such as
	 * {@code required:read_odometer}.
	 */
	public static final String REQUIRED_PREFIX = "required:";

	private static final Set<String> KNOWN = Set.of("read_alerts", "read_battery", "read_charge", "read_charge_events",
			"read_charge_locations", "read_charge_records", "read_climate", "read_compass", "read_diagnostics",
			"read_engine_oil", "read_extended_vehicle_info", "read_fuel", "read_location", "read_odometer",
			"read_security", "read_service_history", "read_speedometer", "read_thermometer", "read_tires",
			"read_user_profile", "read_vehicle_info", "read_vin", "control_charge", "control_climate",
			"control_navigation", "control_pin", "control_security", "control_trunk");

	private SmartcarPermissions() {
	}

	/**
	 * Returns the permissions Smartcar documents, in alphabetical order.
	 * @return the permission names, such as {@code read_odometer}
	 */
	public static Set<String> known() {
		return new TreeSet<>(KNOWN);
	}

	/**
	 * Tells whether Smartcar documents a permission.
	 * @param permission the permission name, without the {@code required:} prefix
	 * @return whether it is one of {@link #known()}
	 */
	public static boolean isKnown(String permission) {
		return KNOWN.contains(permission);
	}

	/**
	 * Returns the permission a Connect scope asks for, without its {@code required:}
	 * prefix.
	 * @param scope the scope, such as {@code required:read_odometer} or {@code read_vin}
	 * @return the permission, such as {@code read_odometer}
	 */
	public static String permission(String scope) {
		return scope.startsWith(REQUIRED_PREFIX) ? scope.substring(REQUIRED_PREFIX.length()) : scope;
	}

}
