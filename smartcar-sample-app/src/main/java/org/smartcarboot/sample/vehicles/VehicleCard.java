package org.smartcarboot.sample.vehicles;

import java.util.Locale;

import org.smartcarboot.vehicle.Location;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.vehicle.VehicleAttributes;
import org.smartcarboot.vehicle.Vin;

/**
 * What the vehicles page shows about one car, ready to display.
 *
 * @param id the Smartcar vehicle id
 * @param make the make, such as TESLA
 * @param model the model, such as Model 3
 * @param year the model year
 * @param vin the vehicle identification number
 * @param odometer the odometer reading with its unit, such as {@code 24,561.4 km}
 * @param location the latitude and longitude, such as {@code 37.7749, -122.4194}
 */
public record VehicleCard(String id, String make, String model, int year, String vin, String odometer,
		String location) {

	/**
	 * Builds the card from Smartcar's answers.
	 * @param attributes the make, model and year
	 * @param vin the VIN
	 * @param odometer the odometer reading, whose metadata tells its unit system
	 * @param location the location
	 * @return the card
	 */
	public static VehicleCard of(VehicleAttributes attributes, Vin vin, SmartcarResponse<Odometer> odometer,
			Location location) {
		return new VehicleCard(attributes.id(), attributes.make(), attributes.model(), attributes.year(), vin.vin(),
				distance(odometer.value().distance(), odometer.meta().unitSystem()),
				location.latitude() + ", " + location.longitude());
	}

	private static String distance(double distance, UnitSystem unitSystem) {
		String number = String.format(Locale.ROOT, "%,.1f", distance);
		if (unitSystem == null) {
			return number;
		}
		return number + ((unitSystem == UnitSystem.IMPERIAL) ? " mi" : " km");
	}

}
