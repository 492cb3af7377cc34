package org.smartcarboot.fleet;

import java.util.Collection;
import java.util.List;

import org.springframework.util.Assert;

/**
 * One vehicle of a fleet read: the vehicle's Smartcar id and the principal whose stored
 * tokens read it.
 *
 * @param principalName the name of the principal who connected the vehicle, as given to
 * {@code SmartcarVehicleService.forUser(...)} (the Smartcar user id, for Smartcar Connect
 * login)
 * @param vehicleId the Smartcar vehicle id
 */
public record FleetVehicle(String principalName, String vehicleId) {

	/**
	 * Creates a fleet vehicle.
	 * @param principalName the principal who connected the vehicle
	 * @param vehicleId the Smartcar vehicle id
	 * @throws IllegalArgumentException when either is {@code null} or blank
	 */
	public FleetVehicle {
		Assert.hasText(principalName, "principalName must not be empty");
		Assert.hasText(vehicleId, "vehicleId must not be empty");
	}

	/**
	 * Returns the fleet vehicles of one principal, such as the ids
	 * {@code forUser(principalName).vehicleIds()} lists.
	 * @param principalName the principal who connected the vehicles
	 * @param vehicleIds the Smartcar vehicle ids
	 * @return one fleet vehicle per id, in the same order
	 * @throws IllegalArgumentException when the principal or an id is {@code null} or
	 * blank
	 */
	public static List<FleetVehicle> of(String principalName, Collection<String> vehicleIds) {
		Assert.notNull(vehicleIds, "vehicleIds must not be null");
		return vehicleIds.stream().map((vehicleId) -> new FleetVehicle(principalName, vehicleId)).toList();
	}

}
