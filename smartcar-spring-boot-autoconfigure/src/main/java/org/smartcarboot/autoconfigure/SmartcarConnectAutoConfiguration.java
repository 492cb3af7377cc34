package org.smartcarboot.autoconfigure;

import jakarta.servlet.http.HttpServletRequest;

import org.smartcarboot.connect.SmartcarAuthorizationRequestResolver;
import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;

/**
 * Auto-configuration of Smartcar Connect's authorization request parameters. Spring
 * Security's {@code oauth2Login()} and {@code oauth2Client()} use the resolver bean,
 * whether the security filter chain is Spring Boot's default or the application's own.
 */
@AutoConfiguration(after = { SmartcarAutoConfiguration.class, OAuth2ClientAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ OAuth2AuthorizationRequestResolver.class, HttpServletRequest.class })
@ConditionalOnSmartcarClient
@ConditionalOnBean({ ClientRegistrationRepository.class, SmartcarProperties.class })
public final class SmartcarConnectAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(OAuth2AuthorizationRequestResolver.class)
	SmartcarAuthorizationRequestResolver smartcarAuthorizationRequestResolver(
			ClientRegistrationRepository clientRegistrationRepository, SmartcarProperties properties) {
		return new SmartcarAuthorizationRequestResolver(clientRegistrationRepository,
				SmartcarClientRegistrations.REGISTRATION_ID, properties.connectParameters());
	}

}
