package org.smartcarboot.sample.vehicles;

import org.junit.jupiter.api.Test;
import org.smartcarboot.error.SmartcarErrorDetails;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.vehicle.ChargeStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The commands a card offers for each charge state, the line of a failed read, and how
 * command names travel in paths.
 */
class VehicleCardTest {

	@Test
	void chargeCommandMatchesTheChargeState() {
		assertThat(VehicleCard.commands(new ChargeStatus(true, "CHARGING"))).containsExactly(VehicleCommand.LOCK,
				VehicleCommand.UNLOCK, VehicleCommand.STOP_CHARGE);
		assertThat(VehicleCard.commands(new ChargeStatus(true, "NOT_CHARGING"))).containsExactly(VehicleCommand.LOCK,
				VehicleCommand.UNLOCK, VehicleCommand.START_CHARGE);
		assertThat(VehicleCard.commands(new ChargeStatus(true, "FULLY_CHARGED"))).containsExactly(VehicleCommand.LOCK,
				VehicleCommand.UNLOCK);
		assertThat(VehicleCard.commands(new ChargeStatus(false, "NOT_CHARGING"))).containsExactly(VehicleCommand.LOCK,
				VehicleCommand.UNLOCK);
		assertThat(VehicleCard.commands(null)).containsExactly(VehicleCommand.LOCK, VehicleCommand.UNLOCK);
	}

	@Test
	void unavailableLineGivesSmartcarsReason() {
		CardRow row = CardRow.unavailable("odometer", "Odometer", error(409, "VEHICLE_STATE", "ASLEEP"));

		assertThat(row).isEqualTo(new CardRow("odometer", "Odometer", "Unavailable", true, "Wake the car"));
	}

	@Test
	void commandNamesRoundTripThroughPaths() {
		for (VehicleCommand command : VehicleCommand.values()) {
			assertThat(VehicleCommand.fromPath(command.path())).isSameAs(command);
		}
		assertThat(VehicleCommand.START_CHARGE.path()).isEqualTo("start-charge");
		assertThatIllegalArgumentException().isThrownBy(() -> VehicleCommand.fromPath("start_charge"));
		assertThatIllegalArgumentException().isThrownBy(() -> VehicleCommand.fromPath("LOCK"));
	}

	private static SmartcarException error(int status, String type, String code) {
		return new SmartcarException(new SmartcarErrorDetails(status, type, code, "Something went wrong", null, null,
				"req-1", null, "VEHICLE_STATE".equals(type) ? "Wake the car" : null), null);
	}

}
