package org.smartcarboot.management;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Which connections to list or delete: those of one user, those of one vehicle, or (to
 * list only) all of them.
 *
 * @param userId the Smartcar user id, or {@code null}
 * @param vehicleId the Smartcar vehicle id, or {@code null}
 */
public record ConnectionFilter(@Nullable String userId, @Nullable String vehicleId) {

	/**
	 * Creates a filter.
	 * @throws IllegalArgumentException when both ids are set, or one is blank
	 */
	public ConnectionFilter {
		Assert.isTrue(userId == null || vehicleId == null, "a connection filter names a user or a vehicle, not both");
		Assert.isTrue(userId == null || StringUtils.hasText(userId), "userId must not be blank");
		Assert.isTrue(vehicleId == null || StringUtils.hasText(vehicleId), "vehicleId must not be blank");
	}

	/**
	 * Returns the filter that matches every connection of the application.
	 * @return the filter
	 */
	public static ConnectionFilter all() {
		return new ConnectionFilter(null, null);
	}

	/**
	 * Returns the filter that matches the connections of one user.
	 * @param userId the Smartcar user id
	 * @return the filter
	 */
	public static ConnectionFilter byUser(String userId) {
		Assert.notNull(userId, "userId must not be null");
		return new ConnectionFilter(userId, null);
	}

	/**
	 * Returns the filter that matches the connections of one vehicle.
	 * @param vehicleId the Smartcar vehicle id
	 * @return the filter
	 */
	public static ConnectionFilter byVehicle(String vehicleId) {
		Assert.notNull(vehicleId, "vehicleId must not be null");
		return new ConnectionFilter(null, vehicleId);
	}

}
