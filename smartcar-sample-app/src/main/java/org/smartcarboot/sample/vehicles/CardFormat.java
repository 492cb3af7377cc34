package org.smartcarboot.sample.vehicles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.vehicle.Battery;
import org.smartcarboot.vehicle.ChargeStatus;
import org.smartcarboot.vehicle.Fuel;
import org.smartcarboot.vehicle.Location;
import org.smartcarboot.vehicle.LockStatus;
import org.smartcarboot.vehicle.LockStatus.Opening;
import org.smartcarboot.vehicle.TirePressure;

/**
 * Turns Smartcar's values into the short texts of a vehicle card, with the units the
 * response's unit system names. Without a unit system the numbers go without a unit.
 */
final class CardFormat {

	private static final String SEPARATOR = " \u00b7 ";

	private static final String MISSING = "\u2013";

	/**
	 * Keeps a tire's position and pressure on one line.
	 */
	private static final String NO_BREAK_SPACE = "\u00a0";

	private static final String OPEN = "OPEN";

	private CardFormat() {
	}

	/**
	 * Formats a distance, such as {@code 24,561.4 km}.
	 * @param distance the distance, in kilometers or miles
	 * @param unitSystem the unit system of the distance, or {@code null}
	 * @return the text
	 */
	static String distance(double distance, @Nullable UnitSystem unitSystem) {
		return String.format(Locale.ROOT, "%,.1f", distance) + unit(unitSystem, "km", "mi");
	}

	/**
	 * Formats a fraction as a whole percentage, such as {@code 62%}.
	 * @param fraction the fraction, from 0 to 1
	 * @return the text
	 */
	static String percent(double fraction) {
		return Math.round(fraction * 100) + "%";
	}

	/**
	 * Formats a location as latitude and longitude, such as {@code 37.7749, -122.4194}.
	 * @param location the location
	 * @return the text
	 */
	static String location(Location location) {
		return location.latitude() + ", " + location.longitude();
	}

	/**
	 * Formats the state of charge of a battery, such as {@code 62% · 352.2 km range}.
	 * @param battery the state of charge
	 * @param unitSystem the unit system of the range, or {@code null}
	 * @return the text
	 */
	static String battery(Battery battery, @Nullable UnitSystem unitSystem) {
		return percent(battery.percentRemaining()) + SEPARATOR + range(battery.range(), unitSystem);
	}

	/**
	 * Formats whether a car is plugged in and charging, such as
	 * {@code Plugged in, fully charged}.
	 * @param charge the charge status
	 * @return the text
	 */
	static String charge(ChargeStatus charge) {
		return (charge.isPluggedIn() ? "Plugged in, " : "Unplugged, ")
				+ charge.state().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/**
	 * Formats the fuel left, such as {@code 64% · 35.2 L · 505.6 km range}, leaving out
	 * the values the car does not report.
	 * @param fuel the fuel left
	 * @param unitSystem the unit system of the amount and range, or {@code null}
	 * @return the text, or {@code null} when the car reports none of the values
	 */
	static @Nullable String fuel(Fuel fuel, @Nullable UnitSystem unitSystem) {
		List<String> parts = new ArrayList<>();
		if (fuel.percentRemaining() != null) {
			parts.add(percent(fuel.percentRemaining()));
		}
		if (fuel.amountRemaining() != null) {
			parts.add(String.format(Locale.ROOT, "%,.1f", fuel.amountRemaining()) + unit(unitSystem, "L", "gal"));
		}
		if (fuel.range() != null) {
			parts.add(range(fuel.range(), unitSystem));
		}
		return parts.isEmpty() ? null : String.join(SEPARATOR, parts);
	}

	/**
	 * Formats the tire pressures, front left, front right, rear left and rear right, such
	 * as {@code FL 290 · FR 290 · RL 288 · RR 288 kPa}, each position and pressure kept
	 * on one line by a no-break space; a tire the car does not report shows a dash.
	 * @param pressure the pressures, in kilopascals or pounds per square inch
	 * @param unitSystem the unit system of the pressures, or {@code null}
	 * @return the text, or {@code null} when the car reports no tire
	 */
	static @Nullable String tirePressure(TirePressure pressure, @Nullable UnitSystem unitSystem) {
		if (Stream.of(pressure.frontLeft(), pressure.frontRight(), pressure.backLeft(), pressure.backRight())
			.allMatch((tire) -> tire == null)) {
			return null;
		}
		return String.join(SEPARATOR, tire("FL", pressure.frontLeft()), tire("FR", pressure.frontRight()),
				tire("RL", pressure.backLeft()), tire("RR", pressure.backRight())) + unit(unitSystem, "kPa", "psi");
	}

	/**
	 * Formats whether a car is locked, and what is open, such as
	 * {@code Unlocked; open: front left window, rear storage}.
	 * @param lockStatus the lock status
	 * @return the text
	 */
	static String lockStatus(LockStatus lockStatus) {
		String locked = lockStatus.isLocked() ? "Locked" : "Unlocked";
		List<String> open = new ArrayList<>();
		addOpen(open, lockStatus.doors(), "door");
		addOpen(open, lockStatus.windows(), "window");
		addOpen(open, lockStatus.sunroof(), "sunroof");
		addOpen(open, lockStatus.storage(), "storage");
		addOpen(open, lockStatus.chargingPort(), "charging port");
		return open.isEmpty() ? locked : locked + "; open: " + String.join(", ", open);
	}

	/**
	 * Formats how old the data is, such as {@code Data from 3 minutes ago}.
	 * @param dataAge when the car recorded the data
	 * @param now the current time
	 * @return the text
	 */
	static String dataAge(Instant dataAge, Instant now) {
		Duration age = Duration.between(dataAge, now);
		if (age.toMinutes() < 1) {
			return "Data from less than a minute ago";
		}
		if (age.toHours() < 1) {
			return "Data from " + count(age.toMinutes(), "minute") + " ago";
		}
		if (age.toDays() < 1) {
			return "Data from " + count(age.toHours(), "hour") + " ago";
		}
		return "Data from " + count(age.toDays(), "day") + " ago";
	}

	private static String range(double range, @Nullable UnitSystem unitSystem) {
		return distance(range, unitSystem) + " range";
	}

	private static String tire(String position, @Nullable Double pressure) {
		return position + NO_BREAK_SPACE
				+ ((pressure != null) ? String.format(Locale.ROOT, "%.0f", pressure) : MISSING);
	}

	private static void addOpen(List<String> open, List<Opening> openings, String noun) {
		for (Opening opening : openings) {
			if (OPEN.equalsIgnoreCase(opening.status())) {
				String name = opening.type().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
				open.add(name.endsWith(noun) ? name : name + " " + noun);
			}
		}
	}

	private static String count(long amount, String unit) {
		return amount + " " + unit + ((amount == 1) ? "" : "s");
	}

	private static String unit(@Nullable UnitSystem unitSystem, String metric, String imperial) {
		if (unitSystem == null) {
			return "";
		}
		return " " + ((unitSystem == UnitSystem.IMPERIAL) ? imperial : metric);
	}

}
