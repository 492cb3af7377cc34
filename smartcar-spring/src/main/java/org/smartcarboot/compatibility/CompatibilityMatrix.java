package org.smartcarboot.compatibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.ResponseBodies;

/**
 * Smartcar's compatibility matrix: the models of each make and what they support.
 *
 * @param makes the models per make, such as {@code TESLA}, in Smartcar's order
 */
public record CompatibilityMatrix(Map<String, List<Model>> makes) {

	/**
	 * Creates the matrix, copying it.
	 */
	public CompatibilityMatrix {
		Map<String, List<Model>> copy = new LinkedHashMap<>();
		ResponseBodies.require(makes, "makes")
			.forEach((make, models) -> copy.put(make, ResponseBodies.requireList(models, make)));
		makes = Collections.unmodifiableMap(copy);
	}

	/**
	 * Reads the matrix from Smartcar's body, an object keyed by make.
	 * @param makes the models per make
	 * @return the matrix
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static CompatibilityMatrix fromBody(Map<String, List<Model>> makes) {
		return new CompatibilityMatrix(makes);
	}

	/**
	 * Returns the models of one make.
	 * @param make the make, such as {@code TESLA}
	 * @return its models, empty when the matrix does not list the make
	 */
	public List<Model> models(String make) {
		return this.makes.getOrDefault(make, List.of());
	}

	/**
	 * The support of one model over a range of model years.
	 *
	 * @param model the model, such as {@code LEAF}
	 * @param startYear the first model year
	 * @param endYear the last model year, or {@code null}
	 * @param type the engine type, such as {@code BEV}, or {@code null}
	 * @param endpoints the endpoints supported, by Smartcar's names such as
	 * {@code EV battery}
	 * @param permissions the permissions supported, such as {@code read_battery}
	 */
	public record Model(String model, Integer startYear, @Nullable Integer endYear, @Nullable String type,
			List<String> endpoints, List<String> permissions) {

		/**
		 * Creates the model, requiring its name and first year.
		 */
		public Model {
			ResponseBodies.require(model, "model");
			ResponseBodies.require(startYear, "startYear");
			endpoints = (endpoints != null) ? List.copyOf(endpoints) : List.of();
			permissions = (permissions != null) ? List.copyOf(permissions) : List.of();
		}

	}

}
