package org.smartcarboot.sample.vehicles;

import java.time.Instant;
import java.util.List;

import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.stereotype.Service;

/**
 * Reads from Smartcar what the vehicles page shows about the signed-in driver's cars: the
 * vehicle list, then one batch request per car.
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
	 * @throws org.smartcarboot.error.SmartcarException when the vehicle list or a batch
	 * request as a whole fails; a single failed read only marks its line unavailable
	 */
	public List<VehicleCard> all() {
		return this.vehicles.vehicleIds().stream().map(this::card).toList();
	}

	private VehicleCard card(String vehicleId) {
		return VehicleCard.of(vehicleId, this.vehicles.vehicle(vehicleId).batch(VehicleCard.READS), Instant.now());
	}

}
