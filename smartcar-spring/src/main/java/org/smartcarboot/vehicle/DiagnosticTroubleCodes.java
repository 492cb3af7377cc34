package org.smartcarboot.vehicle;

import java.time.Instant;
import java.util.List;

import org.smartcarboot.api.ResponseBodies;
import org.jspecify.annotations.Nullable;

/**
 * The diagnostic trouble codes (DTCs) active in a vehicle.
 *
 * @param activeCodes the active codes; empty when there are none
 */
public record DiagnosticTroubleCodes(List<TroubleCode> activeCodes) {

	/**
	 * Creates the codes, requiring the list.
	 */
	public DiagnosticTroubleCodes {
		activeCodes = ResponseBodies.requireList(activeCodes, "activeCodes");
	}

	/**
	 * One active trouble code.
	 *
	 * @param code the code, such as {@code P0300}
	 * @param timestamp when the vehicle raised it, or {@code null} when unknown
	 */
	public record TroubleCode(String code, @Nullable Instant timestamp) {

		/**
		 * Creates the code, requiring it.
		 */
		public TroubleCode {
			ResponseBodies.require(code, "activeCodes.code");
		}

	}

}
