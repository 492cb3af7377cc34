package org.smartcarboot.connect;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the list of Smartcar's permissions and the {@code required:} prefix of Connect
 * scopes.
 */
class SmartcarPermissionsTests {

	@Test
	void everyPermissionTheVehicleApiNeedsIsKnown() {
		assertThat(SmartcarPermissions.known()).contains("read_vehicle_info", "read_vin", "read_location",
				"read_odometer", "read_fuel", "read_battery", "read_charge", "control_charge", "read_engine_oil",
				"read_tires", "read_security", "control_security", "control_navigation", "read_service_history",
				"read_diagnostics");
		assertThat(SmartcarPermissions.isKnown("read_odometer")).isTrue();
	}

	@Test
	void knownPermissionsAreListedAlphabetically() {
		assertThat(List.copyOf(SmartcarPermissions.known())).isSorted().hasSize(28).startsWith("control_charge");
	}

	@Test
	void misspelledOrPrefixedNamesAreNotKnown() {
		assertThat(SmartcarPermissions.isKnown("read_odomter")).isFalse();
		assertThat(SmartcarPermissions.isKnown("required:read_odometer")).isFalse();
		assertThat(SmartcarPermissions.isKnown("READ_ODOMETER")).isFalse();
	}

	@Test
	void theRequiredPrefixIsRemovedFromAScope() {
		assertThat(SmartcarPermissions.permission("required:read_odometer")).isEqualTo("read_odometer");
		assertThat(SmartcarPermissions.permission("read_vin")).isEqualTo("read_vin");
	}

}
