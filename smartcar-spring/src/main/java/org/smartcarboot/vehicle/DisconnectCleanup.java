package org.smartcarboot.vehicle;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarAuthenticationException;
import org.smartcarboot.token.SmartcarTokenListener;
import org.smartcarboot.token.SmartcarTokenListener.RemovalReason;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

/**
 * Removes a user's stored authorized client after one of their vehicles was disconnected,
 * once the user has no connected vehicle left. One token serves all the vehicles of a
 * user, so removing it while a vehicle remains would make the driver connect again. A
 * removal is reported to the {@link SmartcarTokenListener}.
 */
final class DisconnectCleanup {

	private static final Log logger = LogFactory.getLog(DisconnectCleanup.class);

	private final @Nullable OAuth2AuthorizedClientService authorizedClientService;

	private final String registrationId;

	private final SmartcarTokenListener listener;

	/**
	 * Creates the cleanup.
	 * @param authorizedClientService the store of authorized clients, or {@code null} to
	 * never remove one
	 * @param registrationId the id of the client registration whose clients are removed
	 * @param listener told of each removal
	 */
	DisconnectCleanup(@Nullable OAuth2AuthorizedClientService authorizedClientService, String registrationId,
			SmartcarTokenListener listener) {
		this.authorizedClientService = authorizedClientService;
		this.registrationId = registrationId;
		this.listener = listener;
	}

	/**
	 * Reads one page of the user's vehicle ids and removes the user's stored authorized
	 * client when it is empty. A failure to read the page keeps the client and is logged:
	 * the disconnect itself succeeded.
	 * @param user the service acting for the user whose vehicle was disconnected
	 */
	void afterDisconnect(SmartcarVehicleService user) {
		if (this.authorizedClientService == null) {
			return;
		}
		String principalName = user.principalName();
		boolean noVehicleLeft;
		try {
			noVehicleLeft = user.vehicles(1, 0).value().vehicles().isEmpty();
		}
		catch (SmartcarAuthenticationException ex) {
			// the token no longer reads the vehicle list: it served only the vehicle
			// just disconnected
			noVehicleLeft = true;
		}
		catch (RuntimeException ex) {
			// the disconnect itself succeeded and is answered all the same
			logger.warn("Kept the stored Smartcar authorization after a disconnect: the remaining vehicles could "
					+ "not be read (" + ex.getMessage() + ")");
			return;
		}
		if (noVehicleLeft) {
			this.authorizedClientService.removeAuthorizedClient(this.registrationId, principalName);
			this.listener.authorizationRemoved(this.registrationId, principalName,
					RemovalReason.LAST_VEHICLE_DISCONNECTED);
		}
	}

}
