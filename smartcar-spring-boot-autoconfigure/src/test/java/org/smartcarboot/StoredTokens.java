package org.smartcarboot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * Puts a Smartcar token pair into the application's token store, as a finished Connect
 * login would, and reads it back.
 */
public final class StoredTokens {

	private final ClientRegistrationRepository registrations;

	private final OAuth2AuthorizedClientService store;

	public StoredTokens(ClientRegistrationRepository registrations, OAuth2AuthorizedClientService store) {
		this.registrations = registrations;
		this.store = store;
	}

	/**
	 * Stores a token pair for a user.
	 * @param principalName the user
	 * @param accessToken the access token
	 * @param refreshToken the refresh token
	 * @param expiresIn how long the access token stays valid from now; negative for one
	 * that expired already
	 */
	public void save(String principalName, String accessToken, String refreshToken, Duration expiresIn) {
		Instant expiresAt = Instant.now().plus(expiresIn);
		Instant issuedAt = expiresAt.minus(Duration.ofHours(2));
		OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(
				this.registrations.findByRegistrationId(SmartcarClientRegistrations.REGISTRATION_ID), principalName,
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, issuedAt, expiresAt),
				new OAuth2RefreshToken(refreshToken, issuedAt));
		this.store.saveAuthorizedClient(client, principal(principalName));
	}

	/**
	 * Reads the stored tokens of a user.
	 * @param principalName the user
	 * @return the stored client, or {@code null}
	 */
	public OAuth2AuthorizedClient load(String principalName) {
		return this.store.loadAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID, principalName);
	}

	/**
	 * Returns an authenticated principal with the given name.
	 * @param principalName the name
	 * @return the principal
	 */
	public static Authentication principal(String principalName) {
		return UsernamePasswordAuthenticationToken.authenticated(principalName, null, List.of());
	}

}
