package org.smartcarboot.token;

import java.util.List;

import org.smartcarboot.error.SmartcarException;

import org.springframework.util.Assert;

/**
 * Hears what happens to the drivers' tokens: refreshes, refreshes that failed, drivers
 * who must connect again, and stored tokens removed.
 * {@link SmartcarAuthorizedClientManager} and the vehicle service's disconnect report to
 * it; metrics and the Actuator endpoint of the Spring Boot starter are listeners.
 * <p>
 * Every method is called on the thread that did the work, after it, once per event
 * (threads waiting for another thread's refresh report nothing), and does nothing by
 * default. A principal name is a driver's id: use it to act for that driver, never as a
 * metric tag. No method is given a token. A listener that throws is logged and does not
 * change the outcome of the work.
 */
public interface SmartcarTokenListener {

	/**
	 * Called after an access token was refreshed and the new pair stored.
	 * @param registrationId the id of the client registration, such as {@code smartcar}
	 * @param principalName the principal whose tokens were refreshed
	 */
	default void refreshed(String registrationId, String principalName) {
	}

	/**
	 * Called after a refresh failed, whatever happens next: a rejected refresh token is
	 * also reported here before the driver must connect again.
	 * @param registrationId the id of the client registration
	 * @param principalName the principal whose refresh failed
	 * @param kind what kind of failure it was
	 * @param failure Smartcar's answer, or the lack of one, never quoting a token
	 */
	default void refreshFailed(String registrationId, String principalName, TokenFailureKind kind,
			SmartcarException failure) {
	}

	/**
	 * Called when a driver must connect again through Smartcar Connect, before the call
	 * that needed the token fails.
	 * @param registrationId the id of the client registration
	 * @param principalName the principal who must connect again
	 * @param reason why
	 */
	default void reauthorizationRequired(String registrationId, String principalName, ReauthorizationReason reason) {
	}

	/**
	 * Called after a driver's stored tokens were removed from the token store.
	 * @param registrationId the id of the client registration
	 * @param principalName the principal whose tokens were removed
	 * @param reason why
	 */
	default void authorizationRemoved(String registrationId, String principalName, RemovalReason reason) {
	}

	/**
	 * Returns a listener that passes every event to each of the listeners, in order,
	 * logging and otherwise ignoring a listener that throws.
	 * @param listeners the listeners
	 * @return the listener of them all, doing nothing for none
	 */
	static SmartcarTokenListener of(List<? extends SmartcarTokenListener> listeners) {
		Assert.notNull(listeners, "listeners must not be null");
		Assert.noNullElements(listeners, "listeners must not contain null");
		return new CompositeTokenListener(List.copyOf(listeners));
	}

	/**
	 * Why a driver must connect again.
	 */
	enum ReauthorizationReason {

		/**
		 * No tokens are stored for the principal: the driver never connected, or the
		 * tokens were removed.
		 */
		NOT_CONNECTED,

		/**
		 * Smartcar rejected the refresh token ({@code invalid_grant}) and no newer pair
		 * was stored meanwhile.
		 */
		REFRESH_TOKEN_REJECTED,

		/**
		 * Smartcar rejected the access token before its expiry and there is no refresh
		 * token to replace it.
		 */
		ACCESS_TOKEN_REJECTED

	}

	/**
	 * Why a driver's stored tokens were removed.
	 */
	enum RemovalReason {

		/**
		 * Smartcar rejected the refresh token ({@code invalid_grant}).
		 */
		REFRESH_TOKEN_REJECTED,

		/**
		 * Smartcar rejected the access token and there is no refresh token.
		 */
		ACCESS_TOKEN_REJECTED,

		/**
		 * The driver's last connected vehicle was disconnected.
		 */
		LAST_VEHICLE_DISCONNECTED

	}

}
