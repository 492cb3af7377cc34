package org.smartcarboot.token;

import org.smartcarboot.api.SmartcarServiceBuilder;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Spring Security's token response clients for the Smartcar registration, on a
 * {@link RestClient} that reads the error answers of Smartcar's token endpoint with
 * {@link SmartcarErrorReader}: a code exchange or refresh that Smartcar refuses fails
 * with an {@link OAuth2AuthorizationException} whose cause is a {@link SmartcarException}
 * with Smartcar's status and fields, and whose messages quote no token, code or secret.
 * Requests for other registrations go to Spring Security's default clients.
 *
 * <pre class="code">
 * SmartcarTokenClients tokens = SmartcarTokenClients.builder().restClientBuilder(builder).build();
 * authorizedClientManager.setAuthorizedClientProvider(tokens.authorizedClientProvider());
 * http.oauth2Login((login) -&gt; login
 *     .tokenEndpoint((token) -&gt; token.accessTokenResponseClient(tokens.authorizationCode())));
 * </pre>
 */
public final class SmartcarTokenClients {

	private final RestClient restClient;

	private final String registrationId;

	private SmartcarTokenClients(RestClient restClient, String registrationId) {
		this.restClient = restClient;
		this.registrationId = registrationId;
	}

	/**
	 * Starts building the clients.
	 * @return a builder with Smartcar's defaults
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the client that exchanges Connect's authorization code at login.
	 * @return the authorization code client
	 */
	public OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCode() {
		RestClientAuthorizationCodeTokenResponseClient smartcar = new RestClientAuthorizationCodeTokenResponseClient();
		smartcar.setRestClient(this.restClient);
		return forSmartcar(smartcar, new RestClientAuthorizationCodeTokenResponseClient());
	}

	/**
	 * Returns the client that refreshes access tokens.
	 * @return the refresh token client
	 */
	public OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshToken() {
		RestClientRefreshTokenTokenResponseClient smartcar = new RestClientRefreshTokenTokenResponseClient();
		smartcar.setRestClient(this.restClient);
		return forSmartcar(smartcar, new RestClientRefreshTokenTokenResponseClient());
	}

	/**
	 * Returns the client that obtains client credentials tokens.
	 * @return the client credentials client
	 */
	public OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> clientCredentials() {
		RestClientClientCredentialsTokenResponseClient smartcar = new RestClientClientCredentialsTokenResponseClient();
		smartcar.setRestClient(this.restClient);
		return forSmartcar(smartcar, new RestClientClientCredentialsTokenResponseClient());
	}

	/**
	 * Returns a provider of the authorization code, refresh token and client credentials
	 * grants, using these clients, for an {@code OAuth2AuthorizedClientManager}.
	 * @return the authorized client provider
	 */
	public OAuth2AuthorizedClientProvider authorizedClientProvider() {
		return OAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken((refresh) -> refresh.accessTokenResponseClient(refreshToken()))
			.clientCredentials((credentials) -> credentials.accessTokenResponseClient(clientCredentials()))
			.build();
	}

	private <T extends AbstractOAuth2AuthorizationGrantRequest> OAuth2AccessTokenResponseClient<T> forSmartcar(
			OAuth2AccessTokenResponseClient<T> smartcar, OAuth2AccessTokenResponseClient<T> other) {
		return (request) -> {
			boolean isSmartcar = this.registrationId.equals(request.getClientRegistration().getRegistrationId());
			return (isSmartcar ? smartcar : other).getTokenResponse(request);
		};
	}

	/**
	 * Builds {@link SmartcarTokenClients}. Every setting has a default.
	 */
	public static final class Builder extends SmartcarServiceBuilder<Builder> {

		private String registrationId = SmartcarClientRegistrations.REGISTRATION_ID;

		private Builder() {
		}

		/**
		 * Sets the id of the Smartcar client registration; token requests of other
		 * registrations go to Spring Security's default clients.
		 * @param registrationId the registration id, {@code smartcar} by default
		 * @return this builder
		 */
		public Builder registrationId(String registrationId) {
			Assert.hasText(registrationId, "registrationId must not be empty");
			this.registrationId = registrationId;
			return this;
		}

		/**
		 * Builds the clients.
		 * @return the token clients
		 */
		public SmartcarTokenClients build() {
			SmartcarErrorReader errorReader = errorReader();
			RestClient restClient = restClient((builder) -> builder
				.configureMessageConverters(
						(converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
							.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
				.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
					throw errorReader.tokenEndpointError(response);
				}));
			return new SmartcarTokenClients(restClient, this.registrationId);
		}

	}

}
