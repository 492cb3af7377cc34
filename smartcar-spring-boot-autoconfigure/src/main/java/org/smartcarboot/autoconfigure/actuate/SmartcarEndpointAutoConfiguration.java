package org.smartcarboot.autoconfigure.actuate;

import org.smartcarboot.autoconfigure.ConditionalOnSmartcarClient;
import org.smartcarboot.autoconfigure.SmartcarJdbcTokenStoreAutoConfiguration;
import org.smartcarboot.autoconfigure.SmartcarProperties;
import org.smartcarboot.autoconfigure.SmartcarVehicleAutoConfiguration;
import org.smartcarboot.token.RecentTokenFailures;
import org.smartcarboot.token.SmartcarConnectedDrivers;
import org.smartcarboot.token.SmartcarTokenListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

/**
 * Auto-configuration of the read-only {@code smartcar} Actuator endpoint
 * ({@link SmartcarEndpoint}), when Actuator is on the classpath and the endpoint is
 * available: exposed ({@code management.endpoints.web.exposure.include=smartcar}) and not
 * turned off ({@code management.endpoint.smartcar.access=none}). Its
 * {@link RecentTokenFailures}, a {@link SmartcarTokenListener}, hears the token manager's
 * failed refreshes.
 */
@AutoConfiguration(after = { SmartcarVehicleAutoConfiguration.class, SmartcarJdbcTokenStoreAutoConfiguration.class })
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class, OAuth2AuthorizedClientService.class })
@ConditionalOnSmartcarClient
@ConditionalOnBean({ SmartcarProperties.class, OAuth2AuthorizedClientService.class })
@ConditionalOnAvailableEndpoint(SmartcarEndpoint.class)
public final class SmartcarEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RecentTokenFailures smartcarRecentTokenFailures() {
		return new RecentTokenFailures();
	}

	@Bean
	@ConditionalOnMissingBean
	SmartcarEndpoint smartcarEndpoint(SmartcarProperties properties, OAuth2AuthorizedClientService tokenStore,
			ObjectProvider<SmartcarConnectedDrivers> connectedDrivers, RecentTokenFailures tokenFailures) {
		return new SmartcarEndpoint(properties, tokenStore, connectedDrivers.getIfUnique(), tokenFailures);
	}

}
