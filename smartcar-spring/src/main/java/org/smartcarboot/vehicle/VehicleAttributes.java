package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

/**
 * A vehicle's make, model and year.
 *
 * @param id the vehicle id
 * @param make the manufacturer, such as TESLA
 * @param model the model, such as Model S
 * @param year the model year
 */
public record VehicleAttributes(String id, String make, String model, Integer year) {

	/**
	 * Creates the attributes, requiring every field.
	 */
	public VehicleAttributes {
		ResponseBodies.require(id, "id");
		ResponseBodies.require(make, "make");
		ResponseBodies.require(model, "model");
		ResponseBodies.require(year, "year");
	}

}
