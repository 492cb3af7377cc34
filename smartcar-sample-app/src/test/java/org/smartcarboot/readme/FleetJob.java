package org.smartcarboot.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.fleet.FleetReadResult;
import org.smartcarboot.fleet.FleetVehicle;
import org.smartcarboot.fleet.SmartcarFleetReader;
import org.smartcarboot.token.SmartcarConnectedDrivers;
import org.smartcarboot.vehicle.BatchResponse;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import org.smartcarboot.vehicle.VehicleRead;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The README's fleet reads (not scheduled here: the application does not enable
 * scheduling).
 */
class FleetJob {

	private static final Log logger = LogFactory.getLog(FleetJob.class);

	private final SmartcarConnectedDrivers connectedDrivers;

	private final SmartcarVehicleService smartcar;

	private final SmartcarFleetReader fleetReader;

	FleetJob(SmartcarConnectedDrivers connectedDrivers, SmartcarVehicleService smartcar,
			SmartcarFleetReader fleetReader) {
		this.connectedDrivers = connectedDrivers;
		this.smartcar = smartcar;
		this.fleetReader = fleetReader;
	}

	@Scheduled(fixedRate = 30, timeUnit = TimeUnit.MINUTES)
	void readOdometers() throws InterruptedException {
		List<FleetVehicle> fleet = new ArrayList<>();
		this.connectedDrivers.forEach(100,
				(userId) -> fleet.addAll(FleetVehicle.of(userId, this.smartcar.forUser(userId).vehicleIds())));
		FleetReadResult<SmartcarResponse<Odometer>> odometers = this.fleetReader.read(fleet, SmartcarVehicle::odometer,
				(progress) -> logger.info(progress.completed() + " of " + progress.total() + " cars read"));
		odometers.values().forEach((vehicle, odometer) -> save(vehicle.vehicleId(), odometer));
		odometers.failures().forEach((vehicle, ex) -> logger.warn(vehicle + " was not read: " + ex.getMessage()));
	}

	FleetReadResult<BatchResponse> batches(List<FleetVehicle> fleet) throws InterruptedException {
		return this.fleetReader.read(fleet, (car) -> car.batch(VehicleRead.ODOMETER, VehicleRead.LOCATION));
	}

	private void save(String vehicleId, SmartcarResponse<Odometer> odometer) {
	}

}
