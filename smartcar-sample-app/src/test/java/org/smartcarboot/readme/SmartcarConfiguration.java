package org.smartcarboot.readme;

import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;
import org.smartcarboot.token.SmartcarTokenClients;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The README's configuration of a Spring application without Spring Boot;
 * {@link PlainSpringSnippetTest} runs it against the simulator.
 */
@Configuration(proxyBeanMethods = false)
class SmartcarConfiguration {

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(Environment env) {
		ClientRegistration smartcar = SmartcarClientRegistrations
			.builder(env.getProperty("smartcar.connect-url", "https://connect.smartcar.com"),
					env.getProperty("smartcar.auth-url", "https://auth.smartcar.com"),
					env.getProperty("smartcar.api-url", "https://api.smartcar.com") + "/v2.0")
			.clientId(env.getRequiredProperty("smartcar.client-id"))
			.clientSecret(env.getRequiredProperty("smartcar.client-secret"))
			.scope("read_vehicle_info", "read_odometer")
			.build();
		return new InMemoryClientRegistrationRepository(smartcar);
	}

	@Bean
	OAuth2AuthorizedClientService authorizedClientService(ClientRegistrationRepository registrations) {
		return new InMemoryOAuth2AuthorizedClientService(registrations);
	}

	@Bean
	SmartcarAuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients) {
		return SmartcarAuthorizedClientManager.builder(registrations, authorizedClients)
			.authorizedClientProvider(SmartcarTokenClients.builder().build().authorizedClientProvider())
			.build();
	}

	@Bean
	SmartcarVehicleService smartcarVehicleService(OAuth2AuthorizedClientManager authorizedClientManager,
			OAuth2AuthorizedClientService authorizedClients, Environment env) {
		return SmartcarVehicleService.builder(authorizedClientManager)
			.apiUrl(env.getProperty("smartcar.api-url", "https://api.smartcar.com"))
			.authorizedClientService(authorizedClients)
			.build();
	}

}
