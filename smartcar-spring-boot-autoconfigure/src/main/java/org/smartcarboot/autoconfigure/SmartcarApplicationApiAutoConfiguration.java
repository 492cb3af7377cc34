package org.smartcarboot.autoconfigure;

import org.smartcarboot.api.SmartcarHttpTransport;
import org.smartcarboot.api.SmartcarRestClientCustomizer;
import org.smartcarboot.compatibility.SmartcarCompatibilityService;
import org.smartcarboot.management.SmartcarManagementService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the Smartcar APIs an application calls with its own credentials
 * rather than a driver's token: {@link SmartcarCompatibilityService} (client id and
 * secret) and, when {@code smartcar.management-token} is set,
 * {@link SmartcarManagementService}. Both use a {@link RestClient} from Spring Boot's
 * builder, with the {@code smartcar.http.*} timeouts, adjusted by the
 * {@link SmartcarRestClientCustomizer} beans.
 */
@AutoConfiguration(
		after = { SmartcarAutoConfiguration.class, RestClientAutoConfiguration.class, JacksonAutoConfiguration.class })
@ConditionalOnClass(RestClient.class)
@ConditionalOnSmartcarClient
@EnableConfigurationProperties(SmartcarProperties.class)
public final class SmartcarApplicationApiAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SmartcarCompatibilityService smartcarCompatibilityService(SmartcarProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<SmartcarRestClientCustomizer> customizers, ObjectProvider<SmartcarHttpTransport> transport) {
		return SmartcarHttpAutoConfiguration
			.configure(
					SmartcarCompatibilityService.builder(properties.getClientId(), properties.getClientSecret())
						.apiUrl(properties.getUrls().getApi()),
					properties, restClientBuilder, jsonMapper, customizers, transport)
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnProperty(prefix = SmartcarProperties.PREFIX, name = "management-token")
	SmartcarManagementService smartcarManagementService(SmartcarProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<SmartcarRestClientCustomizer> customizers, ObjectProvider<SmartcarHttpTransport> transport) {
		return SmartcarHttpAutoConfiguration
			.configure(
					SmartcarManagementService.builder(properties.getManagementToken())
						.managementUrl(properties.getUrls().getManagement())
						.apiUrl(properties.getUrls().getApi()),
					properties, restClientBuilder, jsonMapper, customizers, transport)
			.build();
	}

}
