package org.smartcarboot.vehicle;

import org.smartcarboot.api.ResponseBodies;

import java.util.List;

/**
 * Whether a vehicle is locked, and the state of each of its doors, windows, sunroofs,
 * storage compartments and charging ports. A list is empty when the vehicle reports
 * nothing for it.
 *
 * @param isLocked whether the vehicle is locked
 * @param doors the doors, such as {@code frontLeft} with status {@code LOCKED}
 * @param windows the windows, such as {@code frontLeft} with status {@code CLOSED}
 * @param sunroof the sunroofs
 * @param storage the storage compartments, such as {@code rear} (trunk) and {@code front}
 * @param chargingPort the charging ports
 */
public record LockStatus(Boolean isLocked, List<Opening> doors, List<Opening> windows, List<Opening> sunroof,
		List<Opening> storage, List<Opening> chargingPort) {

	/**
	 * Creates the lock status, requiring {@code isLocked}; a missing list is empty.
	 */
	public LockStatus {
		ResponseBodies.require(isLocked, "isLocked");
		doors = ResponseBodies.listOrEmpty(doors, "doors");
		windows = ResponseBodies.listOrEmpty(windows, "windows");
		sunroof = ResponseBodies.listOrEmpty(sunroof, "sunroof");
		storage = ResponseBodies.listOrEmpty(storage, "storage");
		chargingPort = ResponseBodies.listOrEmpty(chargingPort, "chargingPort");
	}

	/**
	 * The state of one door, window, sunroof, storage compartment or charging port.
	 *
	 * @param type which one, such as {@code frontLeft}, {@code rear} or
	 * {@code chargingPort}
	 * @param status its state, such as {@code LOCKED}, {@code UNLOCKED}, {@code OPEN} or
	 * {@code CLOSED}
	 */
	public record Opening(String type, String status) {

		/**
		 * Creates the state, requiring both fields.
		 */
		public Opening {
			ResponseBodies.require(type, "type");
			ResponseBodies.require(status, "status");
		}

	}

}
