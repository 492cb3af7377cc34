package org.smartcarboot.sample.vehicles;

import java.util.Locale;
import java.util.function.Function;

import org.smartcarboot.vehicle.ActionResult;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.vehicle.SmartcarVehicle;

/**
 * A command the vehicles page can send to a car.
 */
public enum VehicleCommand {

	/**
	 * Locks the doors.
	 */
	LOCK("Lock", SmartcarVehicle::lock),

	/**
	 * Unlocks the doors.
	 */
	UNLOCK("Unlock", SmartcarVehicle::unlock),

	/**
	 * Starts charging an electric car.
	 */
	START_CHARGE("Start charging", SmartcarVehicle::startCharge),

	/**
	 * Stops charging an electric car.
	 */
	STOP_CHARGE("Stop charging", SmartcarVehicle::stopCharge);

	private final String label;

	private final Function<SmartcarVehicle, SmartcarResponse<ActionResult>> action;

	VehicleCommand(String label, Function<SmartcarVehicle, SmartcarResponse<ActionResult>> action) {
		this.label = label;
		this.action = action;
	}

	/**
	 * Returns the command named by a path segment, the inverse of {@link #path()}.
	 * @param segment such as {@code lock} or {@code start-charge}
	 * @return the command
	 * @throws IllegalArgumentException for any other segment
	 */
	public static VehicleCommand fromPath(String segment) {
		for (VehicleCommand command : values()) {
			if (command.path().equals(segment)) {
				return command;
			}
		}
		throw new IllegalArgumentException("No vehicle command is named '" + segment + "'");
	}

	/**
	 * Returns the path segment that names the command.
	 * @return such as {@code lock} or {@code start-charge}
	 */
	public String path() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Returns the name shown to the driver.
	 * @return the label, such as {@code Lock}
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Sends the command to a car.
	 * @param vehicle the car
	 * @return Smartcar's answer
	 */
	public SmartcarResponse<ActionResult> sendTo(SmartcarVehicle vehicle) {
		return this.action.apply(vehicle);
	}

}
