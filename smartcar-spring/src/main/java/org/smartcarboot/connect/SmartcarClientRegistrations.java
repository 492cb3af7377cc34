package org.smartcarboot.connect;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * Factory of the Smartcar {@link ClientRegistration}, for applications that define their
 * own {@code ClientRegistrationRepository}.
 */
public final class SmartcarClientRegistrations {

	/**
	 * Id of the Smartcar registration: login starts at
	 * {@code /oauth2/authorization/smartcar}.
	 */
	public static final String REGISTRATION_ID = "smartcar";

	/**
	 * Name of the user-info attribute that identifies the Smartcar user.
	 */
	public static final String USER_NAME_ATTRIBUTE = "id";

	private SmartcarClientRegistrations() {
	}

	/**
	 * Returns a registration builder with Smartcar's endpoints, HTTP Basic client
	 * authentication, the authorization code grant and no PKCE. The caller adds the
	 * client id, secret, scopes and, when not Spring Security's default, the redirect
	 * URI.
	 * @param connectUrl base URL of Smartcar Connect, such as
	 * {@code https://connect.smartcar.com}
	 * @param authUrl base URL of the token endpoint, such as
	 * {@code https://auth.smartcar.com}
	 * @param versionedApiUrl base URL of the vehicle API including its version, such as
	 * {@code https://api.smartcar.com/v2.0}
	 * @return a builder for the {@value #REGISTRATION_ID} registration
	 */
	public static ClientRegistration.Builder builder(String connectUrl, String authUrl, String versionedApiUrl) {
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Smartcar")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri(withoutTrailingSlash(connectUrl) + "/oauth/authorize")
			.tokenUri(withoutTrailingSlash(authUrl) + "/oauth/token")
			.userInfoUri(withoutTrailingSlash(versionedApiUrl) + "/user")
			.userNameAttributeName(USER_NAME_ATTRIBUTE)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(false).build());
	}

	private static String withoutTrailingSlash(String url) {
		return StringUtils.trimTrailingCharacter(url, '/');
	}

}
