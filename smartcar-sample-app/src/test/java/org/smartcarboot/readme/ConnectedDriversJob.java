package org.smartcarboot.readme;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.token.SmartcarConnectedDrivers;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * The README's background job over every connected driver (not scheduled here: the
 * application does not enable scheduling).
 */
class ConnectedDriversJob {

	private final SmartcarConnectedDrivers connectedDrivers;

	private final SmartcarVehicleService smartcar;

	ConnectedDriversJob(SmartcarConnectedDrivers connectedDrivers, SmartcarVehicleService smartcar) {
		this.connectedDrivers = connectedDrivers;
		this.smartcar = smartcar;
	}

	@Scheduled(fixedRate = 30, timeUnit = TimeUnit.MINUTES)
	void readOdometers() {
		// every driver with stored tokens, read 100 names at a time
		this.connectedDrivers.forEach(100, (userId) -> {
			SmartcarVehicleService driver = this.smartcar.forUser(userId);
			driver.vehicleIds().forEach((id) -> save(id, driver.vehicle(id).odometer()));
		});
	}

	List<String> secondPage() {
		List<String> first = this.connectedDrivers.principalNames(null, 100);
		return this.connectedDrivers.principalNames(first.get(first.size() - 1), 100);
	}

	private void save(String vehicleId, SmartcarResponse<Odometer> odometer) {
	}

}
