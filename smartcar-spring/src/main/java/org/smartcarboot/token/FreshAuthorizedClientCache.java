package org.smartcarboot.token;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.util.Assert;
import org.springframework.util.ConcurrentLruCache;

/**
 * A store of authorized clients that keeps the clients it read in memory while their
 * access token is fresh, so that a call with a fresh token reads neither the database nor
 * the cipher of a JDBC store. It holds the most recently used clients up to a capacity;
 * saving or removing a client through it forgets the held one.
 * <p>
 * Given to a {@link SmartcarAuthorizedClientManager}, only the path that uses a fresh
 * access token reads the held clients: every refresh reads the {@link #store() store}
 * itself, under the refresh lock, so that a pair another application instance rotated is
 * never hidden, and a fresh token that Smartcar rejects (another instance replaced the
 * pair, or the driver disconnected) is forgotten before the store is read again.
 */
public final class FreshAuthorizedClientCache implements OAuth2AuthorizedClientService {

	/**
	 * Clients held unless another capacity is given.
	 */
	public static final int DEFAULT_CAPACITY = 10_000;

	private final OAuth2AuthorizedClientService store;

	private final ConcurrentLruCache<ClientKey, Optional<OAuth2AuthorizedClient>> clients;

	/**
	 * Creates a cache that holds up to {@value #DEFAULT_CAPACITY} clients.
	 * @param store the store of authorized clients
	 */
	public FreshAuthorizedClientCache(OAuth2AuthorizedClientService store) {
		this(store, DEFAULT_CAPACITY);
	}

	/**
	 * Creates a cache.
	 * @param store the store of authorized clients
	 * @param capacity the most clients held, at least 1
	 */
	public FreshAuthorizedClientCache(OAuth2AuthorizedClientService store, int capacity) {
		Assert.notNull(store, "store must not be null");
		Assert.isTrue(capacity >= 1, () -> "capacity must be at least 1, was " + capacity);
		this.store = store;
		this.clients = new ConcurrentLruCache<>(capacity,
				(key) -> Optional.ofNullable(store.loadAuthorizedClient(key.registrationId(), key.principalName())));
	}

	/**
	 * Returns the store this cache reads and writes.
	 * @return the store
	 */
	public OAuth2AuthorizedClientService store() {
		return this.store;
	}

	/**
	 * Returns the held client while its access token is fresh, else the stored one.
	 */
	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
			String principalName) {
		ClientKey key = new ClientKey(clientRegistrationId, principalName);
		OAuth2AuthorizedClient held = this.clients.get(key).orElse(null);
		if (held != null && SmartcarAuthorizedClientManager.isFresh(held)) {
			return (T) held;
		}
		this.clients.remove(key);
		return (held != null) ? this.store.loadAuthorizedClient(clientRegistrationId, principalName) : null;
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
		this.store.saveAuthorizedClient(authorizedClient, principal);
		forget(authorizedClient.getClientRegistration().getRegistrationId(), principal.getName());
	}

	@Override
	public void removeAuthorizedClient(String clientRegistrationId, String principalName) {
		this.store.removeAuthorizedClient(clientRegistrationId, principalName);
		forget(clientRegistrationId, principalName);
	}

	/**
	 * Forgets the held client of a principal, so that the next read goes to the store.
	 * @param clientRegistrationId the id of the client registration
	 * @param principalName the name of the principal
	 */
	public void forget(String clientRegistrationId, String principalName) {
		this.clients.remove(new ClientKey(clientRegistrationId, principalName));
	}

}
