package org.smartcarboot.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The fixed specification and records of a simulated car: its powertrain, range, battery
 * or tank, and its service history and diagnostics. What changes (charge level, fuel
 * level, lock state) lives on {@link SimulatedVehicle}.
 *
 * @param powertrain what drives the car
 * @param fullRangeKm the range with a full battery (electric cars) or a full tank
 * (combustion cars)
 * @param battery the traction battery, or {@code null} for combustion cars
 * @param fuelTankLitres the fuel tank size, {@code 0} for electric cars
 * @param serviceHistory the service records, oldest first
 * @param systems the diagnostic system status
 * @param troubleCodes the active diagnostic trouble codes
 */
record VehicleProfile(Powertrain powertrain, double fullRangeKm, Battery battery, double fuelTankLitres,
		List<ServiceRecord> serviceHistory, List<SystemStatus> systems, List<TroubleCode> troubleCodes) {

	VehicleProfile {
		Objects.requireNonNull(powertrain, "powertrain");
		if (powertrain.hasBattery() != (battery != null)) {
			throw new IllegalArgumentException(
					"A " + powertrain + " car " + (powertrain.hasBattery() ? "needs" : "has no") + " battery");
		}
		if (powertrain.hasEngine() != (fuelTankLitres > 0)) {
			throw new IllegalArgumentException(
					"A " + powertrain + " car " + (powertrain.hasEngine() ? "needs" : "has no") + " fuel tank");
		}
		serviceHistory = List.copyOf(serviceHistory);
		systems = List.copyOf(systems);
		troubleCodes = List.copyOf(troubleCodes);
	}

	/**
	 * A traction battery.
	 *
	 * @param capacityKwh the usable capacity in kWh
	 * @param nominalCapacities the capacities the model is sold with; the one equal to
	 * {@code capacityKwh} is the one the driver selected
	 */
	record Battery(double capacityKwh, List<NominalCapacity> nominalCapacities) {

		Battery {
			nominalCapacities = List.copyOf(nominalCapacities);
		}

	}

	/**
	 * A battery size a model is sold with.
	 *
	 * @param capacity the nominal capacity in kWh
	 * @param description the trim name, or {@code null}
	 */
	record NominalCapacity(double capacity, String description) {
	}

	/**
	 * A service visit.
	 *
	 * @param serviceId the record id
	 * @param serviceDate when the service was done
	 * @param odometerKm the odometer reading at the time in km
	 * @param tasks what was done
	 * @param type where it was done, for example {@code dealership}
	 * @param totalCost what it cost
	 * @param currency the ISO 4217 currency of the cost
	 */
	record ServiceRecord(long serviceId, Instant serviceDate, double odometerKm, List<ServiceTask> tasks, String type,
			double totalCost, String currency) {

		ServiceRecord {
			tasks = List.copyOf(tasks);
		}

	}

	/**
	 * One task of a service visit.
	 *
	 * @param taskId the task id
	 * @param taskDescription what was done
	 */
	record ServiceTask(long taskId, String taskDescription) {
	}

	/**
	 * The state of one vehicle system.
	 *
	 * @param systemId the system, for example {@code SYSTEM_TPMS}
	 * @param status {@code OK} or {@code ALERT}
	 * @param description what is wrong, or {@code null}
	 */
	record SystemStatus(String systemId, String status, String description) {
	}

	/**
	 * An active diagnostic trouble code.
	 *
	 * @param code the code, for example {@code P0420}
	 * @param timestamp when it was set, or {@code null} when the car does not say
	 */
	record TroubleCode(String code, Instant timestamp) {
	}

}
