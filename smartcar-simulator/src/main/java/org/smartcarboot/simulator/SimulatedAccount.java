package org.smartcarboot.simulator;

import java.util.List;
import java.util.Optional;

/**
 * The simulated Smartcar user and the cars connected to it.
 */
final class SimulatedAccount {

	private static final String USER_ID = "e0514ef4-5226-11e8-8c13-8f6e8f02e27e";

	private final List<SimulatedVehicle> vehicles = List.of(
			new SimulatedVehicle("36ab27d0-fd9d-4455-823a-ce30af709ffc", "TESLA", "Model 3", 2021, "5YJ3E1EA7MF000316",
					37.7749, -122.4194, 24561.4, true),
			new SimulatedVehicle("7c4f1d9e-2b8a-4e53-9f61-3d0a8e5b2c17", "FORD", "Mustang Mach-E", 2022,
					"3FMTK3SU5NMA00842", 42.3314, -83.0458, 18402.9, true),
			new SimulatedVehicle("b2e9a6c3-5f14-4d8b-a7e0-91c6f3d48a25", "VOLKSWAGEN", "ID.4", 2023,
					"1V2VMPE82PC000123", 35.0456, -85.3097, 9876.2, false));

	String userId() {
		return USER_ID;
	}

	List<SimulatedVehicle> vehicles() {
		return this.vehicles;
	}

	Optional<SimulatedVehicle> find(String vehicleId) {
		return this.vehicles.stream().filter((vehicle) -> vehicle.id().equals(vehicleId)).findFirst();
	}

}
