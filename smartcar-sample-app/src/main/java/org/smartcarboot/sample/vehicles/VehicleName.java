package org.smartcarboot.sample.vehicles;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcarboot.vehicle.VehicleAttributes;

/**
 * How the app names a car to its driver: make, model and year, with the make written as
 * the brand writes it. Smartcar gives the make as an upper-case id, such as
 * {@code TESLA}, {@code MERCEDES-BENZ} or {@code LAND_ROVER}; the driver reads
 * {@code Tesla}, {@code Mercedes-Benz} and {@code Land Rover}.
 *
 * @param make the make, as the brand writes it, such as {@code Tesla}
 * @param model the model, such as {@code Model 3}
 * @param year the model year
 */
public record VehicleName(String make, String model, Integer year) {

	/**
	 * Makes written in capitals.
	 */
	private static final Set<String> CAPITALIZED_MAKES = Set.of("BMW", "DS", "GMC", "MG", "MINI");

	private static final Pattern WORD = Pattern.compile("[A-Z]+");

	/**
	 * Names a car from its attributes.
	 * @param attributes the car's attributes, as Smartcar gives them
	 * @return the name
	 */
	static VehicleName of(VehicleAttributes attributes) {
		return new VehicleName(make(attributes.make()), attributes.model(), attributes.year());
	}

	/**
	 * Writes a make as the brand writes it: each word of an upper-case make id
	 * capitalized, {@code _} as a space, except the makes written in capitals, such as
	 * {@code BMW}. A make that is not all upper case is left as it is.
	 * @param make the make, such as {@code LAND_ROVER}
	 * @return the make, such as {@code Land Rover}
	 */
	static String make(String make) {
		if (!make.equals(make.toUpperCase(Locale.ROOT))) {
			return make;
		}
		Matcher words = WORD.matcher(make.replace('_', ' '));
		StringBuilder written = new StringBuilder();
		while (words.find()) {
			String word = words.group();
			words.appendReplacement(written, CAPITALIZED_MAKES.contains(word) ? word
					: word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
		}
		return words.appendTail(written).toString();
	}

	/**
	 * Returns the make and model, such as {@code Tesla Model 3}.
	 * @return the text
	 */
	public String makeAndModel() {
		return this.make + " " + this.model;
	}

}
