package org.smartcarboot.readme;

import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;

/**
 * The README's background job that tells a driver to connect again.
 */
class ReconnectingOdometerJob {

	private final SmartcarVehicleService smartcar;

	ReconnectingOdometerJob(SmartcarVehicleService smartcar) {
		this.smartcar = smartcar;
	}

	void readOdometers(String userId) {
		try {
			SmartcarVehicleService driver = this.smartcar.forUser(userId);
			driver.vehicleIds().forEach((id) -> save(id, driver.vehicle(id).odometer()));
		}
		catch (SmartcarReauthorizationRequiredException ex) {
			askToReconnect(ex.getPrincipalName()); // the stored tokens are gone
		}
	}

	private void save(String vehicleId, SmartcarResponse<Odometer> odometer) {
	}

	private void askToReconnect(String principalName) {
	}

}
