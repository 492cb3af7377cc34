package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * The driver's account with the vehicle's maker needs attention: a subscription, a
 * missing vehicle, a virtual key or another action only the owner can take
 * ({@code CONNECTED_SERVICES_ACCOUNT}, v1.0 {@code vehicle_owner_action_required}).
 */
public class SmartcarConnectedServicesAccountException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarConnectedServicesAccountException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.CONNECTED_SERVICES_ACCOUNT, cause);
	}

}
