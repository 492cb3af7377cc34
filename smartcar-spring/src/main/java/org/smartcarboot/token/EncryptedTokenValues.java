package org.smartcarboot.token;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * Copies an authorized client with its token values encrypted or decrypted, each bound to
 * its row (registration and principal) and column.
 */
final class EncryptedTokenValues {

	private EncryptedTokenValues() {
	}

	static OAuth2AuthorizedClient encrypt(TokenEncryptor encryptor, OAuth2AuthorizedClient client,
			String principalName) {
		return copy(client, principalName, (value, context) -> encryptor.encrypt(value, context));
	}

	static OAuth2AuthorizedClient decrypt(TokenEncryptor encryptor, OAuth2AuthorizedClient client) {
		return copy(client, client.getPrincipalName(), (value, context) -> encryptor.decrypt(value, context));
	}

	private static OAuth2AuthorizedClient copy(OAuth2AuthorizedClient client, String principalName,
			ValueTransform transform) {
		String row = client.getClientRegistration().getRegistrationId() + "\n" + principalName + "\n";
		OAuth2AccessToken access = client.getAccessToken();
		OAuth2AccessToken accessCopy = new OAuth2AccessToken(access.getTokenType(),
				transform.apply(access.getTokenValue(), row + "access_token_value"), access.getIssuedAt(),
				access.getExpiresAt(), access.getScopes());
		OAuth2RefreshToken refresh = client.getRefreshToken();
		@Nullable OAuth2RefreshToken refreshCopy = (refresh != null) ? new OAuth2RefreshToken(
				transform.apply(refresh.getTokenValue(), row + "refresh_token_value"), refresh.getIssuedAt()) : null;
		return new OAuth2AuthorizedClient(client.getClientRegistration(), client.getPrincipalName(), accessCopy,
				refreshCopy);
	}

	@FunctionalInterface
	private interface ValueTransform {

		String apply(String value, String context);

	}

}
