package org.smartcarboot.v3;

import java.util.Map;

import org.smartcarboot.api.ResponseBodies;

/**
 * A vehicle as API v3 describes it.
 *
 * @param id the Smartcar vehicle id
 * @param type the resource type, {@code vehicle}
 * @param attributes the make, model and year
 * @param links URL paths by relation, such as {@code self}; empty when the body has none
 */
public record V3Vehicle(String id, String type, Attributes attributes, Map<String, String> links) {

	/**
	 * Creates the vehicle, requiring its id, type and attributes.
	 */
	public V3Vehicle {
		ResponseBodies.require(id, "id");
		ResponseBodies.require(type, "type");
		ResponseBodies.require(attributes, "attributes");
		links = JsonApiLinks.copy(links);
	}

	/**
	 * A vehicle's make, model and year.
	 *
	 * @param make the manufacturer, such as TESLA
	 * @param model the model, such as Model 3
	 * @param year the model year
	 */
	public record Attributes(String make, String model, Integer year) {

		/**
		 * Creates the attributes, requiring every field.
		 */
		public Attributes {
			ResponseBodies.require(make, "attributes.make");
			ResponseBodies.require(model, "attributes.model");
			ResponseBodies.require(year, "attributes.year");
		}

	}

}
