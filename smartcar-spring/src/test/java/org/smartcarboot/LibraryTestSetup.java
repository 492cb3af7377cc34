package org.smartcarboot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;
import org.smartcarboot.token.SmartcarTokenClients;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * The Spring Security pieces a plain Spring application declares to use the library: the
 * Smartcar registration, an in-memory token store and a
 * {@link SmartcarAuthorizedClientManager} that refreshes tokens through
 * {@link SmartcarTokenClients}, all pointed at one base URL (the simulator or WireMock).
 */
public final class LibraryTestSetup {

	private final ClientRegistration registration;

	private final InMemoryOAuth2AuthorizedClientService store;

	private final InMemoryClientRegistrationRepository registrations;

	private final SmartcarAuthorizedClientManager manager;

	/**
	 * Creates the setup.
	 * @param baseUrl the base URL serving Connect, the token endpoint and the API
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 */
	public LibraryTestSetup(String baseUrl, String clientId, String clientSecret) {
		this(baseUrl, clientId, clientSecret, SmartcarTokenClients.builder().build());
	}

	/**
	 * Creates the setup with token clients of a test's own settings, such as a short read
	 * timeout.
	 * @param baseUrl the base URL serving Connect, the token endpoint and the API
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @param tokenClients the clients that exchange codes and refresh tokens
	 */
	public LibraryTestSetup(String baseUrl, String clientId, String clientSecret, SmartcarTokenClients tokenClients) {
		this.registration = SmartcarClientRegistrations.builder(baseUrl, baseUrl, baseUrl + "/v2.0")
			.clientId(clientId)
			.clientSecret(clientSecret)
			.build();
		this.registrations = new InMemoryClientRegistrationRepository(this.registration);
		this.store = new InMemoryOAuth2AuthorizedClientService(this.registrations);
		this.manager = SmartcarAuthorizedClientManager.builder(this.registrations, this.store)
			.authorizedClientProvider(tokenClients.authorizedClientProvider())
			.build();
	}

	/**
	 * Returns the manager to build services with.
	 * @return the authorized client manager
	 */
	public SmartcarAuthorizedClientManager manager() {
		return this.manager;
	}

	/**
	 * Returns the client registrations, to build more managers on the same store.
	 * @return the registrations
	 */
	public InMemoryClientRegistrationRepository registrations() {
		return this.registrations;
	}

	/**
	 * Returns the token store.
	 * @return the store
	 */
	public InMemoryOAuth2AuthorizedClientService store() {
		return this.store;
	}

	/**
	 * Stores a token pair for a principal, as a finished Connect login would.
	 * @param principalName the principal
	 * @param accessToken the access token
	 * @param refreshToken the refresh token
	 * @param expiresIn how long the access token stays valid; negative for an expired one
	 */
	public void storeTokens(String principalName, String accessToken, String refreshToken, Duration expiresIn) {
		Instant expiresAt = Instant.now().plus(expiresIn);
		Instant issuedAt = expiresAt.minus(Duration.ofHours(2));
		this.store.saveAuthorizedClient(
				new OAuth2AuthorizedClient(this.registration, principalName,
						new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, issuedAt, expiresAt),
						new OAuth2RefreshToken(refreshToken, issuedAt)),
				UsernamePasswordAuthenticationToken.authenticated(principalName, null, List.of()));
	}

}
