package org.smartcarboot.token;

import java.util.function.Supplier;

/**
 * Serializes the refreshes of one authorized client across application instances that
 * share a token store, so that two instances never both spend one rotating refresh token.
 * The refresh runs while the lock is held, and the new token pair is stored before the
 * lock is released.
 */
public interface TokenRefreshLock {

	/**
	 * Runs a refresh of one authorized client while holding the lock of that client.
	 * @param <T> the result of the refresh
	 * @param registrationId the id of the client registration
	 * @param principalName the name of the principal the client belongs to
	 * @param refresh re-reads the store and refreshes the token when it still needs it
	 * @return the result of the refresh
	 */
	<T> T callLocked(String registrationId, String principalName, Supplier<T> refresh);

}
