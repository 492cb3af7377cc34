package org.smartcarboot.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.token.SmartcarTokenListener.ReauthorizationReason;
import org.smartcarboot.token.SmartcarTokenListener.RemovalReason;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.util.Assert;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * An {@link OAuth2AuthorizedClientManager} that is safe with Smartcar's rotating refresh
 * tokens, with or without a web request. It wraps Spring Security's
 * {@link AuthorizedClientServiceOAuth2AuthorizedClientManager} on an
 * {@link OAuth2AuthorizedClientService}:
 * <ul>
 * <li>A stored client whose access token does not expire within a minute is returned with
 * no lock. Given a {@link FreshAuthorizedClientCache}, such a call reads no store; every
 * refresh reads the store behind the cache.</li>
 * <li>Otherwise one thread per authorized client (registration and principal) refreshes
 * it, the others of this JVM wait for its result. The refresh runs inside
 * {@link TokenRefreshLock#callLocked}, which serializes it with the other application
 * instances that share the store, and first reads the store again: a pair another
 * instance rotated meanwhile is used as it is. The new pair is stored before it is
 * returned.</li>
 * <li>When Smartcar rejects the refresh token ({@code invalid_grant}), the store is read
 * again: a newer pair stored meanwhile by another thread or instance is used
 * (spring-projects/spring-security#11461). Only when there is none is the stored client
 * removed. Spring Security's default failure handler, which would remove the client on
 * any {@code invalid_grant}, is not used.</li>
 * <li>When the driver must connect again (no stored client, or the refresh token
 * rejected), it throws {@link SmartcarReauthorizationRequiredException}, naming the
 * principal; but in a web request of the signed-in user itself it throws Spring
 * Security's {@link ClientAuthorizationRequiredException}, which
 * {@code OAuth2AuthorizationRequestRedirectFilter} answers by sending the user through
 * Connect and back to the page they asked for.</li>
 * </ul>
 * Other failures of a refresh, such as an unreachable token endpoint, keep the stored
 * client and are thrown as Spring Security's {@link OAuth2AuthorizationException}.
 * <p>
 * Refreshes, failed refreshes, drivers who must connect again and removed clients are
 * reported to the {@link SmartcarTokenListener}s given to the builder, once per event.
 *
 * <pre class="code">
 * SmartcarAuthorizedClientManager manager = SmartcarAuthorizedClientManager
 *     .builder(clientRegistrationRepository, authorizedClientService)
 *     .authorizedClientProvider(tokenClients.authorizedClientProvider())
 *     .refreshLock(refreshLock)
 *     .listener(tokenMetrics)
 *     .build();
 * </pre>
 */
public final class SmartcarAuthorizedClientManager implements OAuth2AuthorizedClientManager {

	private static final Log logger = LogFactory.getLog(SmartcarAuthorizedClientManager.class);

	/**
	 * How long before its expiry an access token is refreshed, as Spring Security's
	 * refresh token provider has it.
	 */
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private final OAuth2AuthorizedClientService authorizedClientService;

	/**
	 * The store itself, read under the refresh lock: the authorized client service, or
	 * the store behind it when it is a {@link FreshAuthorizedClientCache}.
	 */
	private final OAuth2AuthorizedClientService store;

	private final @Nullable FreshAuthorizedClientCache cache;

	private final AuthorizedClientServiceOAuth2AuthorizedClientManager delegate;

	private final TokenRefreshLock refreshLock;

	private final SmartcarTokenListener listener;

	private final SmartcarErrorReader errorReader = new SmartcarErrorReader(new JsonMapper());

	private final RefreshFlights flights = new RefreshFlights();

	private SmartcarAuthorizedClientManager(ClientRegistrationRepository clientRegistrationRepository,
			OAuth2AuthorizedClientService authorizedClientService,
			OAuth2AuthorizedClientProvider authorizedClientProvider, TokenRefreshLock refreshLock,
			SmartcarTokenListener listener) {
		this.authorizedClientService = authorizedClientService;
		this.cache = (authorizedClientService instanceof FreshAuthorizedClientCache held) ? held : null;
		this.store = (this.cache != null) ? this.cache.store() : authorizedClientService;
		this.refreshLock = refreshLock;
		this.listener = listener;
		this.delegate = new AuthorizedClientServiceOAuth2AuthorizedClientManager(clientRegistrationRepository,
				authorizedClientService);
		this.delegate.setAuthorizedClientProvider(authorizedClientProvider);
		// a rejected refresh token is handled here, after the store was read again
		this.delegate.setAuthorizationFailureHandler((failure, principal, attributes) -> {
		});
	}

	/**
	 * Starts building a manager.
	 * @param clientRegistrationRepository the client registrations
	 * @param authorizedClientService the store of authorized clients, shared by the
	 * application instances that share the driver's tokens
	 * @return the builder
	 */
	public static Builder builder(ClientRegistrationRepository clientRegistrationRepository,
			OAuth2AuthorizedClientService authorizedClientService) {
		return new Builder(clientRegistrationRepository, authorizedClientService);
	}

	/**
	 * Returns the authorized client of the request, refreshed first when its access token
	 * expires within a minute.
	 * @param authorizeRequest the registration id and the principal, and possibly the
	 * client to refresh
	 * @return the authorized client, or {@code null} when the registration's grant cannot
	 * authorize it
	 * @throws SmartcarReauthorizationRequiredException when the driver must connect again
	 * @throws ClientAuthorizationRequiredException instead, in a web request of the
	 * signed-in user
	 * @throws OAuth2AuthorizationException when the refresh failed otherwise
	 */
	@Override
	public @Nullable OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest authorizeRequest) {
		Assert.notNull(authorizeRequest, "authorizeRequest must not be null");
		OAuth2AuthorizedClient known = authorizeRequest.getAuthorizedClient();
		if (known == null) {
			known = this.authorizedClientService.loadAuthorizedClient(authorizeRequest.getClientRegistrationId(),
					authorizeRequest.getPrincipal().getName());
		}
		if (known != null && isFresh(known)) {
			return known;
		}
		return forCaller(authorizeRequest,
				() -> refresh(authorizeRequest, SmartcarAuthorizedClientManager::isFresh, false));
	}

	/**
	 * Replaces an access token that Smartcar rejected (HTTP 401) before its expiry, at
	 * most once per rejection: when the stored token was issued after the rejected
	 * request started, another thread or instance replaced it already and nothing is
	 * done; otherwise the stored client is refreshed once, as an expired one would be.
	 * Once this returns, the store holds a token newer than the rejected one.
	 * @param registrationId the id of the client registration
	 * @param principalName the principal whose token was rejected
	 * @param requestStartedAt when the rejected request started, before its token was
	 * obtained
	 * @throws SmartcarReauthorizationRequiredException when the driver must connect
	 * again: no client is stored, it has no refresh token, or Smartcar rejected the
	 * refresh token and no newer pair was stored
	 * @throws ClientAuthorizationRequiredException instead, in a web request of the
	 * signed-in user
	 * @throws OAuth2AuthorizationException when the refresh failed otherwise
	 */
	public void refreshAfterRejection(String registrationId, String principalName, Instant requestStartedAt) {
		Assert.hasText(registrationId, "registrationId must not be empty");
		Assert.hasText(principalName, "principalName must not be empty");
		Assert.notNull(requestStartedAt, "requestStartedAt must not be null");
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
			.principal(principalName)
			.build();
		forCaller(request, () -> refresh(request, (client) -> issuedAfter(client, requestStartedAt), true));
	}

	private @Nullable OAuth2AuthorizedClient refresh(OAuth2AuthorizeRequest request,
			Predicate<OAuth2AuthorizedClient> usable, boolean rejected) {
		ClientKey key = new ClientKey(request.getClientRegistrationId(), request.getPrincipal().getName());
		if (rejected && this.cache != null) {
			this.cache.forget(key.registrationId(), key.principalName());
		}
		return this.flights.refresh(key, () -> this.refreshLock.callLocked(key.registrationId(), key.principalName(),
				() -> refreshLocked(key, request, usable, rejected)));
	}

	/**
	 * Refreshes a client while holding its lock, reading the store first.
	 */
	private @Nullable OAuth2AuthorizedClient refreshLocked(ClientKey key, OAuth2AuthorizeRequest request,
			Predicate<OAuth2AuthorizedClient> usable, boolean rejected) {
		OAuth2AuthorizedClient stored = this.store.loadAuthorizedClient(key.registrationId(), key.principalName());
		OAuth2AuthorizedClient current = (stored != null) ? stored : request.getAuthorizedClient();
		if (current == null) {
			return authorizeUnknown(key, request);
		}
		if (usable.test(current)) {
			logger.debug(describe("Using the token pair stored meanwhile for", key));
			return current;
		}
		if (rejected && current.getRefreshToken() == null) {
			logger.debug(describe("Removing the rejected authorization, which has no refresh token, of", key));
			this.authorizedClientService.removeAuthorizedClient(key.registrationId(), key.principalName());
			this.listener.authorizationRemoved(key.registrationId(), key.principalName(),
					RemovalReason.ACCESS_TOKEN_REJECTED);
			throw reauthorizationRequired(key, ReauthorizationReason.ACCESS_TOKEN_REJECTED, null);
		}
		logger.debug(describe("Refreshing the access token of", key));
		OAuth2AuthorizedClient sent = rejected ? withExpiredAccessToken(current) : current;
		OAuth2AuthorizedClient refreshed;
		try {
			refreshed = this.delegate.authorize(OAuth2AuthorizeRequest.withAuthorizedClient(sent)
				.principal(request.getPrincipal())
				.attributes((attributes) -> attributes.putAll(request.getAttributes()))
				.build());
		}
		catch (OAuth2AuthorizationException ex) {
			SmartcarException failure = this.errorReader.tokenFailure(ex);
			this.listener.refreshFailed(key.registrationId(), key.principalName(), TokenFailureKind.of(failure),
					failure);
			if (!OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode())) {
				logger.debug(describe("The refresh failed (" + ex.getError().getErrorCode()
						+ "); keeping the stored authorization of", key));
				throw ex;
			}
			return afterRejectedRefreshToken(key, current, failure);
		}
		if (refreshed != null && refreshed != sent) {
			this.listener.refreshed(key.registrationId(), key.principalName());
		}
		return refreshed;
	}

	/**
	 * Authorizes a client that is not stored: a client credentials registration gets a
	 * token, an authorization code registration needs the driver to connect.
	 */
	private @Nullable OAuth2AuthorizedClient authorizeUnknown(ClientKey key, OAuth2AuthorizeRequest request) {
		try {
			return this.delegate.authorize(request);
		}
		catch (ClientAuthorizationRequiredException ex) {
			logger.debug(describe("No authorization is stored for", key));
			throw reauthorizationRequired(key, ReauthorizationReason.NOT_CONNECTED, null);
		}
	}

	/**
	 * Uses the pair another thread or instance stored meanwhile, else removes the stored
	 * client, whose refresh token Smartcar rejected.
	 */
	private OAuth2AuthorizedClient afterRejectedRefreshToken(ClientKey key, OAuth2AuthorizedClient refreshed,
			SmartcarException rejection) {
		OAuth2AuthorizedClient stored = this.store.loadAuthorizedClient(key.registrationId(), key.principalName());
		if (stored != null && isNewer(stored.getRefreshToken(), refreshed.getRefreshToken())) {
			logger.debug(describe("Smartcar rejected a refresh token that was rotated meanwhile; using the newer "
					+ "pair stored for", key));
			return stored;
		}
		if (stored != null) {
			this.authorizedClientService.removeAuthorizedClient(key.registrationId(), key.principalName());
			this.listener.authorizationRemoved(key.registrationId(), key.principalName(),
					RemovalReason.REFRESH_TOKEN_REJECTED);
		}
		logger.debug(describe("Smartcar rejected the refresh token; removed the stored authorization of", key));
		throw reauthorizationRequired(key, ReauthorizationReason.REFRESH_TOKEN_REJECTED, rejection);
	}

	/**
	 * Reports that the driver must connect again, and returns the exception saying so.
	 */
	private SmartcarReauthorizationRequiredException reauthorizationRequired(ClientKey key,
			ReauthorizationReason reason, @Nullable SmartcarException cause) {
		this.listener.reauthorizationRequired(key.registrationId(), key.principalName(), reason);
		return new SmartcarReauthorizationRequiredException(key.registrationId(), key.principalName(), cause);
	}

	/**
	 * Runs work for the caller, turning a required reauthorization into Spring Security's
	 * exception in a web request of the signed-in user, where it sends the user through
	 * Connect.
	 */
	private <T> T forCaller(OAuth2AuthorizeRequest request, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (SmartcarReauthorizationRequiredException ex) {
			if (isWebRequestOf(request.getPrincipal().getName())) {
				throw new ClientAuthorizationRequiredException(request.getClientRegistrationId());
			}
			throw ex;
		}
	}

	private static boolean isWebRequestOf(String principalName) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return RequestContextHolder.getRequestAttributes() != null && signedIn != null && signedIn.isAuthenticated()
				&& !(signedIn instanceof AnonymousAuthenticationToken) && principalName.equals(signedIn.getName());
	}

	/**
	 * Tells whether a client's access token is used as it is: it does not expire within a
	 * minute.
	 * @param client the client
	 * @return whether the token is fresh
	 */
	static boolean isFresh(OAuth2AuthorizedClient client) {
		Instant expiresAt = client.getAccessToken().getExpiresAt();
		return expiresAt == null || Instant.now().isBefore(expiresAt.minus(CLOCK_SKEW));
	}

	private static boolean issuedAfter(OAuth2AuthorizedClient client, Instant instant) {
		Instant issuedAt = client.getAccessToken().getIssuedAt();
		return issuedAt != null && issuedAt.isAfter(instant);
	}

	private static boolean isNewer(@Nullable OAuth2RefreshToken stored, @Nullable OAuth2RefreshToken rejected) {
		return stored != null && (rejected == null || !stored.getTokenValue().equals(rejected.getTokenValue()));
	}

	/**
	 * Returns the client with its access token marked expired, so that the refresh token
	 * provider refreshes it.
	 */
	private static OAuth2AuthorizedClient withExpiredAccessToken(OAuth2AuthorizedClient client) {
		OAuth2AccessToken token = client.getAccessToken();
		OAuth2AccessToken expired = new OAuth2AccessToken(token.getTokenType(), token.getTokenValue(), Instant.EPOCH,
				Instant.EPOCH.plusSeconds(1), token.getScopes());
		return new OAuth2AuthorizedClient(client.getClientRegistration(), client.getPrincipalName(), expired,
				client.getRefreshToken());
	}

	private static String describe(String what, ClientKey key) {
		return what + " principal '" + key.principalName() + "' (registration '" + key.registrationId() + "')";
	}

	/**
	 * Builds a {@link SmartcarAuthorizedClientManager}.
	 */
	public static final class Builder {

		private final ClientRegistrationRepository clientRegistrationRepository;

		private final OAuth2AuthorizedClientService authorizedClientService;

		private @Nullable OAuth2AuthorizedClientProvider authorizedClientProvider;

		private TokenRefreshLock refreshLock = new InMemoryTokenRefreshLock();

		private final List<SmartcarTokenListener> listeners = new ArrayList<>();

		private Builder(ClientRegistrationRepository clientRegistrationRepository,
				OAuth2AuthorizedClientService authorizedClientService) {
			Assert.notNull(clientRegistrationRepository, "clientRegistrationRepository must not be null");
			Assert.notNull(authorizedClientService, "authorizedClientService must not be null");
			this.clientRegistrationRepository = clientRegistrationRepository;
			this.authorizedClientService = authorizedClientService;
		}

		/**
		 * Sets the provider of the grants, such as
		 * {@link SmartcarTokenClients#authorizedClientProvider()} on the application's
		 * HTTP client setup.
		 * @param authorizedClientProvider the provider; by default the one of
		 * {@code SmartcarTokenClients.builder().build()}
		 * @return this builder
		 */
		public Builder authorizedClientProvider(OAuth2AuthorizedClientProvider authorizedClientProvider) {
			Assert.notNull(authorizedClientProvider, "authorizedClientProvider must not be null");
			this.authorizedClientProvider = authorizedClientProvider;
			return this;
		}

		/**
		 * Sets the lock that serializes refreshes across the application instances that
		 * share the store.
		 * @param refreshLock the lock; by default an {@link InMemoryTokenRefreshLock},
		 * enough for a store that only this instance sees
		 * @return this builder
		 */
		public Builder refreshLock(TokenRefreshLock refreshLock) {
			Assert.notNull(refreshLock, "refreshLock must not be null");
			this.refreshLock = refreshLock;
			return this;
		}

		/**
		 * Adds a listener told of refreshes, failed refreshes, drivers who must connect
		 * again and removed clients, after the ones added before it.
		 * @param listener the listener, such as the starter's metrics
		 * @return this builder
		 */
		public Builder listener(SmartcarTokenListener listener) {
			Assert.notNull(listener, "listener must not be null");
			this.listeners.add(listener);
			return this;
		}

		/**
		 * Builds the manager.
		 * @return the manager
		 */
		public SmartcarAuthorizedClientManager build() {
			OAuth2AuthorizedClientProvider provider = (this.authorizedClientProvider != null)
					? this.authorizedClientProvider : SmartcarTokenClients.builder().build().authorizedClientProvider();
			return new SmartcarAuthorizedClientManager(this.clientRegistrationRepository, this.authorizedClientService,
					provider, this.refreshLock, SmartcarTokenListener.of(this.listeners));
		}

	}

}
