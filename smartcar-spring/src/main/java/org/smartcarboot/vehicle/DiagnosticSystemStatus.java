package org.smartcarboot.vehicle;

import java.util.List;

import org.smartcarboot.api.ResponseBodies;
import org.jspecify.annotations.Nullable;

/**
 * The health of a vehicle's systems, as its diagnostics report it.
 *
 * @param systems the systems the vehicle reports on
 */
public record DiagnosticSystemStatus(List<DiagnosticSystem> systems) {

	/**
	 * Creates the status, requiring the list of systems.
	 */
	public DiagnosticSystemStatus {
		systems = ResponseBodies.requireList(systems, "systems");
	}

	/**
	 * The health of one system.
	 *
	 * @param systemId the system, such as {@code SYSTEM_TPMS}
	 * @param status {@code OK} or {@code ALERT}
	 * @param description what the alert is about, or {@code null}
	 */
	public record DiagnosticSystem(String systemId, String status, @Nullable String description) {

		/**
		 * Creates the system's health, requiring the id and status.
		 */
		public DiagnosticSystem {
			ResponseBodies.require(systemId, "systems.systemId");
			ResponseBodies.require(status, "systems.status");
		}

	}

}
