package org.smartcarboot.sample.vehicles;

import org.smartcarboot.vehicle.ActionResult;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.stereotype.Service;

/**
 * Sends commands to the signed-in driver's cars and describes Smartcar's answers.
 */
@Service
public class VehicleCommands {

	private static final String SUCCESS = "success";

	private final SmartcarVehicleService vehicles;

	/**
	 * Creates the service.
	 * @param vehicles the Smartcar vehicle API of the signed-in driver
	 */
	public VehicleCommands(SmartcarVehicleService vehicles) {
		this.vehicles = vehicles;
	}

	/**
	 * Sends a command to a car, once; reads the car's make and model first, to name it.
	 * @param vehicleId the Smartcar vehicle id
	 * @param command the command
	 * @return what happened: {@code Lock sent to Tesla Model 3.} when Smartcar answers
	 * {@code success}; otherwise Smartcar's status and message too, such as
	 * {@code Lock sent to Tesla Model 3. Smartcar answered: pending (Waiting for the car)}
	 * @throws IllegalArgumentException when the id is not a plain Smartcar vehicle id
	 */
	public String send(String vehicleId, VehicleCommand command) {
		SmartcarVehicle vehicle = this.vehicles.vehicle(vehicleId);
		VehicleName name = VehicleName.of(vehicle.attributes().value());
		ActionResult result = command.sendTo(vehicle).value();
		String sent = command.label() + " sent to " + name.makeAndModel() + ".";
		if (SUCCESS.equals(result.status())) {
			return sent;
		}
		String answer = sent + " Smartcar answered: " + result.status();
		return (result.message() != null) ? answer + " (" + result.message() + ")" : answer;
	}

}
