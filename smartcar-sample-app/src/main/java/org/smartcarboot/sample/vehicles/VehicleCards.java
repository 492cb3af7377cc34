package org.smartcarboot.sample.vehicles;

import java.util.List;

import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.stereotype.Service;

/**
 * Reads from Smartcar what the vehicles page shows about the signed-in driver's cars.
 */
@Service
public class VehicleCards {

	private final SmartcarVehicleService vehicles;

	/**
	 * Creates the service.
	 * @param vehicles the Smartcar vehicle API of the signed-in driver
	 */
	public VehicleCards(SmartcarVehicleService vehicles) {
		this.vehicles = vehicles;
	}

	/**
	 * Returns a card per connected car, in Smartcar's order.
	 * @return the cards
	 */
	public List<VehicleCard> all() {
		return this.vehicles.vehicleIds().stream().map(this::card).toList();
	}

	private VehicleCard card(String vehicleId) {
		SmartcarVehicle vehicle = this.vehicles.vehicle(vehicleId);
		return VehicleCard.of(vehicle.attributes().value(), vehicle.vin().value(), vehicle.odometer(),
				vehicle.location().value());
	}

}
