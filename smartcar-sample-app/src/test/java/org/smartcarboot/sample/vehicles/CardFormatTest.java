package org.smartcarboot.sample.vehicles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.vehicle.Battery;
import org.smartcarboot.vehicle.ChargeStatus;
import org.smartcarboot.vehicle.Fuel;
import org.smartcarboot.vehicle.LockStatus;
import org.smartcarboot.vehicle.LockStatus.Opening;
import org.smartcarboot.vehicle.TirePressure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of a vehicle card: units by unit system, values the car leaves out, open
 * doors and windows, and the age of the data.
 */
class CardFormatTest {

	private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

	@Test
	void distanceCarriesTheUnitOfTheUnitSystem() {
		assertThat(CardFormat.distance(24561.44, UnitSystem.METRIC)).isEqualTo("24,561.4 km");
		assertThat(CardFormat.distance(15261.9, UnitSystem.IMPERIAL)).isEqualTo("15,261.9 mi");
		assertThat(CardFormat.distance(12.0, null)).isEqualTo("12.0");
	}

	@Test
	void batteryShowsPercentageAndRange() {
		assertThat(CardFormat.battery(new Battery(352.16, 0.62), UnitSystem.METRIC)).isEqualTo("62% · 352.2 km range");
		assertThat(CardFormat.battery(new Battery(218.8, 0.625), UnitSystem.IMPERIAL))
			.isEqualTo("63% · 218.8 mi range");
	}

	@Test
	void chargeShowsPlugAndState() {
		assertThat(CardFormat.charge(new ChargeStatus(true, "CHARGING"))).isEqualTo("Plugged in, charging");
		assertThat(CardFormat.charge(new ChargeStatus(true, "FULLY_CHARGED"))).isEqualTo("Plugged in, fully charged");
		assertThat(CardFormat.charge(new ChargeStatus(false, "NOT_CHARGING"))).isEqualTo("Unplugged, not charging");
	}

	@Test
	void fuelShowsLitresOrGallonsAndLeavesOutWhatTheCarDoesNotReport() {
		assertThat(CardFormat.fuel(new Fuel(505.6, 0.64, 35.2), UnitSystem.METRIC))
			.isEqualTo("64% · 35.2 L · 505.6 km range");
		assertThat(CardFormat.fuel(new Fuel(314.2, 0.64, 9.3), UnitSystem.IMPERIAL))
			.isEqualTo("64% · 9.3 gal · 314.2 mi range");
		assertThat(CardFormat.fuel(new Fuel(null, 0.5, null), UnitSystem.METRIC)).isEqualTo("50%");
		assertThat(CardFormat.fuel(new Fuel(null, null, null), UnitSystem.METRIC)).isNull();
	}

	@Test
	void tirePressureIsInKilopascalsOrPsiWithADashForAMissingTire() {
		assertThat(CardFormat.tirePressure(new TirePressure(221.0, 262.0, 262.4, 261.6), UnitSystem.METRIC))
			.isEqualTo("FL\u00a0221 · FR\u00a0262 · RL\u00a0262 · RR\u00a0262 kPa");
		assertThat(CardFormat.tirePressure(new TirePressure(42.06, 42.06, null, 41.5), UnitSystem.IMPERIAL))
			.isEqualTo("FL\u00a042 · FR\u00a042 · RL\u00a0– · RR\u00a042 psi");
		assertThat(CardFormat.tirePressure(new TirePressure(null, null, null, null), UnitSystem.METRIC)).isNull();
	}

	@Test
	void lockStatusNamesWhatIsOpen() {
		assertThat(CardFormat.lockStatus(lockStatus(true, List.of(), List.of()))).isEqualTo("Locked");
		assertThat(CardFormat
			.lockStatus(lockStatus(false, List.of(new Opening("frontLeft", "CLOSED"), new Opening("backRight", "OPEN")),
					List.of(new Opening("rear", "OPEN")))))
			.isEqualTo("Unlocked; open: back right window, rear storage");
		LockStatus openDoorAndPort = new LockStatus(false, List.of(new Opening("frontLeft", "OPEN")), List.of(),
				List.of(new Opening("sunroof", "OPEN")), List.of(), List.of(new Opening("chargingPort", "OPEN")));
		assertThat(CardFormat.lockStatus(openDoorAndPort))
			.isEqualTo("Unlocked; open: front left door, sunroof, charging port");
	}

	@Test
	void dataAgeCountsMinutesHoursAndDays() {
		assertThat(CardFormat.dataAge(NOW.minusSeconds(20), NOW)).isEqualTo("Data from less than a minute ago");
		assertThat(CardFormat.dataAge(NOW.plusSeconds(5), NOW)).isEqualTo("Data from less than a minute ago");
		assertThat(CardFormat.dataAge(NOW.minus(Duration.ofSeconds(61)), NOW)).isEqualTo("Data from 1 minute ago");
		assertThat(CardFormat.dataAge(NOW.minus(Duration.ofMinutes(3).plusMillis(250)), NOW))
			.isEqualTo("Data from 3 minutes ago");
		assertThat(CardFormat.dataAge(NOW.minus(Duration.ofMinutes(150)), NOW)).isEqualTo("Data from 2 hours ago");
		assertThat(CardFormat.dataAge(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo("Data from 1 day ago");
	}

	private static LockStatus lockStatus(boolean locked, List<Opening> windows, List<Opening> storage) {
		return new LockStatus(locked, List.of(), windows, List.of(), storage, List.of());
	}

}
