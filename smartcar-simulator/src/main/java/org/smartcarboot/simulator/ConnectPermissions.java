package org.smartcarboot.simulator;

import java.util.Map;

/**
 * The permissions an application can ask for in Connect, in the words the consent page
 * shows the driver, such as {@code Odometer} for {@code read_odometer}.
 */
final class ConnectPermissions {

	private static final String REQUIRED_PREFIX = "required:";

	private static final Map<String, String> WORDS = Map.ofEntries(
			Map.entry("read_vehicle_info", "Make, model and year"), Map.entry("read_vin", "VIN"),
			Map.entry("read_location", "Location"), Map.entry("read_odometer", "Odometer"),
			Map.entry("read_fuel", "Fuel tank level"), Map.entry("read_battery", "EV battery level and capacity"),
			Map.entry("read_charge", "Charging status and charge limit"),
			Map.entry("control_charge", "Start and stop charging, set the charge limit"),
			Map.entry("read_engine_oil", "Engine oil life"), Map.entry("read_tires", "Tire pressure"),
			Map.entry("read_security", "Lock status of doors, windows and trunk"),
			Map.entry("control_security", "Lock and unlock"),
			Map.entry("control_navigation", "Send a destination to the navigation system"),
			Map.entry("read_service_history", "Service history"),
			Map.entry("read_diagnostics", "Diagnostics: system status and trouble codes"));

	private ConnectPermissions() {
	}

	/**
	 * Returns a requested permission in words.
	 * @param scope a permission as the application requested it, such as
	 * {@code read_odometer} or {@code required:read_odometer}
	 * @return the words, such as {@code Odometer} or {@code Odometer (required)}; a
	 * permission the simulator does not know keeps its id
	 */
	static String describe(String scope) {
		String permission = permission(scope);
		String words = WORDS.getOrDefault(permission, permission);
		return permission.equals(scope) ? words : words + " (required)";
	}

	/**
	 * Returns the permission a scope asks for.
	 * @param scope a permission as the application requested it, such as
	 * {@code required:read_odometer}
	 * @return the permission, without the {@code required:} prefix that marks a
	 * permission the application requires, such as {@code read_odometer}
	 */
	static String permission(String scope) {
		return scope.startsWith(REQUIRED_PREFIX) ? scope.substring(REQUIRED_PREFIX.length()) : scope;
	}

}
