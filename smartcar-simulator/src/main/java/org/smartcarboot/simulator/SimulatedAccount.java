package org.smartcarboot.simulator;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The simulated Smartcar user and its cars, connected to the application or not.
 * Thread-safe.
 */
final class SimulatedAccount {

	private static final String USER_ID = "e0514ef4-5226-11e8-8c13-8f6e8f02e27e";

	/**
	 * When the cars were first connected, as the management API reports it.
	 */
	private static final Instant FIRST_CONNECTED = Instant.parse("2024-06-03T15:00:00Z");

	private final List<SimulatedVehicle> vehicles = SimulatedFleet.create(FIRST_CONNECTED);

	String userId() {
		return USER_ID;
	}

	/**
	 * All cars of the user, connected or not.
	 * @return the cars
	 */
	List<SimulatedVehicle> vehicles() {
		return this.vehicles;
	}

	/**
	 * The cars connected to the application, in the order the vehicle list shows them.
	 * @return the connected cars
	 */
	List<SimulatedVehicle> connectedVehicles() {
		return this.vehicles.stream().filter(SimulatedVehicle::isConnected).toList();
	}

	Optional<SimulatedVehicle> find(String vehicleId) {
		return this.vehicles.stream().filter((vehicle) -> vehicle.id().equals(vehicleId)).findFirst();
	}

	Optional<SimulatedVehicle> findConnected(String vehicleId) {
		return find(vehicleId).filter(SimulatedVehicle::isConnected);
	}

	Optional<SimulatedVehicle> findByVin(String vin) {
		return this.vehicles.stream().filter((vehicle) -> vehicle.vin().equalsIgnoreCase(vin)).findFirst();
	}

	/**
	 * Connects cars that are not connected, as the driver allowing access in Connect
	 * does, recording now as their connection time.
	 * @param vehicles the cars
	 */
	void connect(Collection<SimulatedVehicle> vehicles) {
		Instant now = Instant.now();
		vehicles.forEach((vehicle) -> vehicle.connect(now));
	}

	void reconnectAll() {
		connect(this.vehicles);
	}

}
