package org.smartcarboot.sample.vehicles;

import org.smartcarboot.vehicle.ActionResult;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import org.smartcarboot.vehicle.VehicleAttributes;

import org.springframework.stereotype.Service;

/**
 * Sends commands to the signed-in driver's cars and describes Smartcar's answers.
 */
@Service
public class VehicleCommands {

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
	 * @return what happened, such as
	 * {@code Lock sent to TESLA Model 3: success — Successfully sent request to vehicle}
	 * @throws IllegalArgumentException when the id is not a plain Smartcar vehicle id
	 */
	public String send(String vehicleId, VehicleCommand command) {
		SmartcarVehicle vehicle = this.vehicles.vehicle(vehicleId);
		VehicleAttributes attributes = vehicle.attributes().value();
		ActionResult result = command.sendTo(vehicle).value();
		String outcome = command.label() + " sent to " + attributes.make() + " " + attributes.model() + ": "
				+ result.status();
		return (result.message() != null) ? outcome + " \u2014 " + result.message() : outcome;
	}

}
