package org.smartcarboot.autoconfigure;

import org.smartcarboot.api.SmartcarHttpTransport;
import org.smartcarboot.api.SmartcarRestClientCustomizer;
import org.smartcarboot.token.InMemoryTokenRefreshLock;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;
import org.smartcarboot.token.SmartcarTokenClients;
import org.smartcarboot.token.SmartcarTokenListener;
import org.smartcarboot.token.TokenRefreshLock;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import org.smartcarboot.vehicle.SmartcarVehicleServiceBuilder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of {@link SmartcarVehicleService}: a {@link RestClient} from Spring
 * Boot's builder, carrying the Smartcar access token of the signed-in user, or of a
 * stored user for background work, refreshed when it expires. Tokens are requested
 * through {@link SmartcarTokenClients}, on the same builder, so a refresh or code
 * exchange that Smartcar refuses keeps Smartcar's status and fields. Refreshes go through
 * a {@link SmartcarAuthorizedClientManager}: one per authorized client at a time, under
 * the application's {@link TokenRefreshLock} bean when there is one (an
 * {@link InMemoryTokenRefreshLock} otherwise), safe with Smartcar's rotating refresh
 * tokens. API calls and token requests use the {@code smartcar.http.*} timeouts; reads
 * are retried as {@code smartcar.retry.*} says. Disconnecting a user's last vehicle
 * removes the user's tokens from the {@link OAuth2AuthorizedClientService}. The
 * {@link SmartcarTokenListener} beans, such as the token meters, hear of refreshes,
 * failed refreshes, re-authorizations and removals.
 */
@AutoConfiguration(after = { SmartcarAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
		RestClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnClass({ RestClient.class, OAuth2ClientHttpRequestInterceptor.class })
@ConditionalOnSmartcarClient
@ConditionalOnBean({ ClientRegistrationRepository.class, OAuth2AuthorizedClientService.class,
		SmartcarProperties.class })
public final class SmartcarVehicleAutoConfiguration {

	/**
	 * Name of the authorized client manager bean used for Smartcar requests.
	 */
	public static final String AUTHORIZED_CLIENT_MANAGER_BEAN = "smartcarAuthorizedClientManager";

	@Bean
	@ConditionalOnMissingBean
	SmartcarTokenClients smartcarTokenClients(SmartcarProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<SmartcarRestClientCustomizer> customizers, ObjectProvider<SmartcarHttpTransport> transport) {
		return SmartcarHttpAutoConfiguration
			.configure(SmartcarTokenClients.builder(), properties, restClientBuilder, jsonMapper, customizers,
					transport)
			.build();
	}

	/**
	 * The client exchanging Connect's authorization code, which Spring Security's
	 * {@code oauth2Login()} and {@code oauth2Client()} pick up, so a code Smartcar
	 * refuses fails the login with Smartcar's status and fields.
	 * @param tokenClients the Smartcar token clients
	 * @return the client
	 */
	@Bean
	@ConditionalOnMissingBean
	OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> smartcarAuthorizationCodeTokenResponseClient(
			SmartcarTokenClients tokenClients) {
		return tokenClients.authorizationCode();
	}

	@Bean(AUTHORIZED_CLIENT_MANAGER_BEAN)
	@ConditionalOnMissingBean(name = AUTHORIZED_CLIENT_MANAGER_BEAN)
	SmartcarAuthorizedClientManager smartcarAuthorizedClientManager(
			ClientRegistrationRepository clientRegistrationRepository,
			OAuth2AuthorizedClientService authorizedClientService, SmartcarTokenClients tokenClients,
			ObjectProvider<TokenRefreshLock> refreshLock, ObjectProvider<SmartcarTokenListener> tokenListeners) {
		// the grants of Spring Security's default manager, which this bean replaces
		SmartcarAuthorizedClientManager.Builder manager = SmartcarAuthorizedClientManager
			.builder(clientRegistrationRepository, authorizedClientService)
			.authorizedClientProvider(tokenClients.authorizedClientProvider());
		refreshLock.ifAvailable(manager::refreshLock);
		tokenListeners.orderedStream().forEach(manager::listener);
		return manager.build();
	}

	@Bean
	@ConditionalOnMissingBean
	SmartcarVehicleService smartcarVehicleService(SmartcarProperties properties,
			@Qualifier(AUTHORIZED_CLIENT_MANAGER_BEAN) OAuth2AuthorizedClientManager authorizedClientManager,
			OAuth2AuthorizedClientService authorizedClientService, ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<JsonMapper> jsonMapper, ObjectProvider<SmartcarRestClientCustomizer> customizers,
			ObjectProvider<SmartcarHttpTransport> transport, ObjectProvider<SmartcarTokenListener> tokenListeners) {
		SmartcarVehicleServiceBuilder builder = SmartcarVehicleService.builder(authorizedClientManager)
			.apiUrl(properties.getUrls().getApi())
			.v3ApiUrl(properties.getUrls().getV3())
			.apiVersion(properties.getApiVersion())
			.unitSystem(properties.getUnitSystem())
			.authorizedClientService(authorizedClientService)
			.retry(properties.readRetry());
		tokenListeners.orderedStream().forEach(builder::tokenListener);
		return SmartcarHttpAutoConfiguration
			.configure(builder, properties, restClientBuilder, jsonMapper, customizers, transport)
			.build();
	}

}
