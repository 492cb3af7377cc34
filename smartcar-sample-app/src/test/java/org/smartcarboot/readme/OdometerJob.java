package org.smartcarboot.readme;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The README's background job (not scheduled here: the application does not enable
 * scheduling).
 */
class OdometerJob {

	private final SmartcarVehicleService smartcar;

	OdometerJob(SmartcarVehicleService smartcar) {
		this.smartcar = smartcar;
	}

	@Scheduled(fixedRate = 30, timeUnit = TimeUnit.MINUTES)
	void readOdometers() {
		for (String userId : connectedUsers()) {
			SmartcarVehicleService driver = this.smartcar.forUser(userId);
			driver.vehicleIds().forEach((id) -> save(id, driver.vehicle(id).odometer()));
		}
	}

	private List<String> connectedUsers() {
		return List.of();
	}

	private void save(String vehicleId, SmartcarResponse<Odometer> odometer) {
	}

}
