package org.smartcarboot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Auto-configuration of the {@code smartcar} OAuth2 client registration, added to the
 * registrations the application declares under {@code spring.security.oauth2.client}.
 * Backs off when the application defines its own {@link ClientRegistrationRepository};
 * {@link SmartcarClientRegistrations} then helps build the Smartcar registration.
 */
@AutoConfiguration(before = OAuth2ClientAutoConfiguration.class)
@ConditionalOnClass({ ClientRegistration.class, OAuth2ClientProperties.class })
@ConditionalOnSmartcarClient
@EnableConfigurationProperties(SmartcarProperties.class)
public final class SmartcarAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(ClientRegistrationRepository.class)
	InMemoryClientRegistrationRepository clientRegistrationRepository(SmartcarProperties properties,
			Environment environment) {
		Map<String, ClientRegistration> registrations = new LinkedHashMap<>(applicationRegistrations(environment));
		registrations.putIfAbsent(SmartcarClientRegistrations.REGISTRATION_ID, smartcarRegistration(properties));
		return new InMemoryClientRegistrationRepository(List.copyOf(registrations.values()));
	}

	private static Map<String, ClientRegistration> applicationRegistrations(Environment environment) {
		OAuth2ClientProperties clientProperties = Binder.get(environment)
			.bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
			.orElseGet(OAuth2ClientProperties::new);
		clientProperties.validate();
		return new OAuth2ClientPropertiesMapper(clientProperties).asClientRegistrations();
	}

	/**
	 * Builds the Smartcar registration from the properties.
	 * @param properties the validated Smartcar properties
	 * @return the registration
	 */
	static ClientRegistration smartcarRegistration(SmartcarProperties properties) {
		return SmartcarClientRegistrations
			.builder(properties.getUrls().getConnect(), properties.getUrls().getAuth(), properties.versionedApiUrl())
			.clientId(properties.getClientId())
			.clientSecret(properties.getClientSecret())
			.redirectUri(properties.getRedirectUri())
			.scope(properties.getScopes())
			.clientSettings(ClientRegistration.ClientSettings.builder()
				.requireProofKey(properties.getConnect().isPkce())
				.build())
			.build();
	}

}
