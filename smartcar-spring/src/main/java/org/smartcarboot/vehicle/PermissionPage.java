package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

import java.util.List;

/**
 * One page of the permissions the driver granted the application for a vehicle.
 *
 * @param permissions the permissions on this page, such as {@code read_odometer}
 * @param paging where this page is in the whole list
 */
public record PermissionPage(List<String> permissions, VehicleIdPage.Paging paging) {

	/**
	 * Creates the page, requiring both fields.
	 */
	public PermissionPage {
		permissions = ResponseBodies.requireList(permissions, "permissions");
		ResponseBodies.require(paging, "paging");
	}

}
