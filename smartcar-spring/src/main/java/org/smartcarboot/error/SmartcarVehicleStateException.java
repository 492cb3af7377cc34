package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * The vehicle cannot perform the request in its current state, such as asleep, charging
 * or a door open ({@code VEHICLE_STATE}, v1.0 {@code vehicle_state_error}, HTTP 409); the
 * code says which state.
 */
public class SmartcarVehicleStateException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarVehicleStateException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.VEHICLE_STATE, cause);
	}

}
