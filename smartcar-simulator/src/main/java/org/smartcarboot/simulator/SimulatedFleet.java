package org.smartcarboot.simulator;

import java.time.Instant;
import java.util.List;

import org.smartcarboot.simulator.SimulatedVehicle.TirePressures;
import org.smartcarboot.simulator.VehicleProfile.Battery;
import org.smartcarboot.simulator.VehicleProfile.NominalCapacity;
import org.smartcarboot.simulator.VehicleProfile.ServiceRecord;
import org.smartcarboot.simulator.VehicleProfile.ServiceTask;
import org.smartcarboot.simulator.VehicleProfile.SystemStatus;
import org.smartcarboot.simulator.VehicleProfile.TroubleCode;

/**
 * The simulated user's four cars, with plausible data: three electric cars (Tesla Model
 * 3, Ford Mustang Mach-E, Volkswagen ID.4) and a combustion car (Toyota RAV4).
 */
final class SimulatedFleet {

	private static final String DEALERSHIP = "dealership";

	private static final String USD = "USD";

	private static final String OK = "OK";

	private SimulatedFleet() {
	}

	/**
	 * Creates the cars, in the order the vehicle list shows them.
	 * @param connectedAt when the cars were connected
	 * @return new cars
	 */
	static List<SimulatedVehicle> create(Instant connectedAt) {
		List<SimulatedVehicle> vehicles = List.of(teslaModel3(), fordMustangMachE(), volkswagenId4(), toyotaRav4());
		vehicles.forEach((vehicle) -> vehicle.connect(connectedAt));
		return vehicles;
	}

	private static SimulatedVehicle teslaModel3() {
		VehicleProfile profile = new VehicleProfile(Powertrain.ELECTRIC, 568,
				new Battery(75.0, List.of(new NominalCapacity(57.5, "BEV:Standard Range Plus"),
						new NominalCapacity(75.0, "BEV:Long Range"), new NominalCapacity(82.0, "BEV:Performance"))),
				0,
				List.of(service(10541, "2022-05-14T15:30:00Z", 8120.5, DEALERSHIP, 49.99, task(1, "tire rotation")),
						service(10977, "2023-09-02T10:05:00Z", 17880.2, DEALERSHIP, 129.00,
								task(2, "cabin air filter replacement"), task(3, "wiper blade replacement")),
						service(11630, "2024-11-18T13:45:00Z", 23950.0, DEALERSHIP, 89.00,
								task(4, "brake fluid test"))),
				List.of(new SystemStatus("SYSTEM_EV_HV_BATTERY", OK, null),
						new SystemStatus("SYSTEM_EV_CHARGING", OK, null), new SystemStatus("SYSTEM_TPMS", OK, null),
						new SystemStatus("SYSTEM_AIRBAG", OK, null)),
				List.of());
		SimulatedVehicle tesla = new SimulatedVehicle("36ab27d0-fd9d-4455-823a-ce30af709ffc", "TESLA", "Model 3", 2021,
				"5YJ3E1EA7MF000316", 37.7749, -122.4194, 24561.4, true, new TirePressures(290, 290, 290, 290), profile);
		tesla.setBatteryPercentRemaining(0.62);
		tesla.setChargeLimit(0.8);
		tesla.setPluggedIn(true);
		tesla.startCharging();
		return tesla;
	}

	private static SimulatedVehicle fordMustangMachE() {
		VehicleProfile profile = new VehicleProfile(Powertrain.ELECTRIC, 483,
				new Battery(88.0,
						List.of(new NominalCapacity(70.0, "BEV:Standard Range"),
								new NominalCapacity(88.0, "BEV:Extended Range"))),
				0,
				List.of(service(20318, "2023-03-21T09:00:00Z", 7450.0, DEALERSHIP, 59.95, task(1, "tire rotation")),
						service(20874, "2024-02-10T14:20:00Z", 15200.3, "independent garage", 139.50,
								task(2, "cabin air filter replacement"), task(3, "brake inspection"))),
				List.of(new SystemStatus("SYSTEM_EV_HV_BATTERY", OK, null),
						new SystemStatus("SYSTEM_TPMS", "ALERT", "Front left tire pressure low"),
						new SystemStatus("SYSTEM_ABS", OK, null)),
				List.of(new TroubleCode("C0750", Instant.parse("2025-02-03T07:41:00Z"))));
		SimulatedVehicle ford = new SimulatedVehicle("7c4f1d9e-2b8a-4e53-9f61-3d0a8e5b2c17", "FORD", "Mustang Mach-E",
				2022, "3FMTK3SU5NMA00842", 42.3314, -83.0458, 18402.9, true, new TirePressures(221, 262, 262, 262),
				profile);
		ford.setBatteryPercentRemaining(0.55);
		ford.setChargeLimit(0.9);
		return ford;
	}

	private static SimulatedVehicle volkswagenId4() {
		VehicleProfile profile = new VehicleProfile(Powertrain.ELECTRIC, 443,
				new Battery(77.0,
						List.of(new NominalCapacity(62.0, "BEV:Standard"), new NominalCapacity(77.0, "BEV:Pro"))),
				0, List.of(service(30102, "2024-04-09T11:15:00Z", 7210.4, DEALERSHIP, 45.00, task(1, "tire rotation"))),
				List.of(new SystemStatus("SYSTEM_EV_HV_BATTERY", OK, null), new SystemStatus("SYSTEM_TPMS", OK, null),
						new SystemStatus("SYSTEM_LIGHTING", OK, null)),
				List.of());
		SimulatedVehicle volkswagen = new SimulatedVehicle("b2e9a6c3-5f14-4d8b-a7e0-91c6f3d48a25", "VOLKSWAGEN", "ID.4",
				2023, "1V2VMPE82PC000123", 35.0456, -85.3097, 9876.2, false, new TirePressures(303, 303, 303, 303),
				profile);
		volkswagen.setBatteryPercentRemaining(0.8);
		volkswagen.setChargeLimit(0.8);
		volkswagen.setPluggedIn(true);
		return volkswagen;
	}

	private static SimulatedVehicle toyotaRav4() {
		VehicleProfile profile = new VehicleProfile(Powertrain.COMBUSTION, 790, null, 55.0,
				List.of(service(40011, "2021-06-12T16:00:00Z", 10120.0, DEALERSHIP, 69.99, task(1, "oil change")),
						service(40562, "2022-07-30T09:40:00Z", 20480.6, "independent garage", 94.50,
								task(2, "oil change"), task(3, "tire rotation")),
						service(41187, "2023-08-19T12:10:00Z", 30915.0, DEALERSHIP, 129.00, task(4, "oil change"),
								task(5, "engine air filter replacement")),
						service(41820, "2024-09-07T08:30:00Z", 40210.8, DEALERSHIP, 389.95,
								task(6, "brake pad replacement"), task(7, "oil change"))),
				List.of(new SystemStatus("SYSTEM_ENGINE", OK, null), new SystemStatus("SYSTEM_OIL_LIFE", OK, null),
						new SystemStatus("SYSTEM_TPMS", OK, null),
						new SystemStatus("SYSTEM_EMISSIONS", "ALERT", "Catalyst system efficiency below threshold"),
						new SystemStatus("SYSTEM_MIL", "ALERT", "Check engine light on")),
				List.of(new TroubleCode("P0420", null)));
		SimulatedVehicle toyota = new SimulatedVehicle("d41f8c3a-6b2e-4f7d-9a15-2c8e7b0f4d63", "TOYOTA", "RAV4", 2020,
				"2T3P1RFV8LC000457", 30.2672, -97.7431, 41233.7, true, new TirePressures(240, 240, 238, 238), profile);
		toyota.setFuelPercentRemaining(0.64);
		toyota.setOilLifeRemaining(0.42);
		return toyota;
	}

	private static ServiceRecord service(long id, String date, double odometerKm, String type, double cost,
			ServiceTask... tasks) {
		return new ServiceRecord(id, Instant.parse(date), odometerKm, List.of(tasks), type, cost, USD);
	}

	private static ServiceTask task(long id, String description) {
		return new ServiceTask(id, description);
	}

}
