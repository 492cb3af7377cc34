package org.smartcarboot.autoconfigure.actuate;

import java.util.List;

import org.smartcarboot.api.SmartcarHttpTransport;
import org.smartcarboot.autoconfigure.ConditionalOnSmartcarClient;
import org.smartcarboot.autoconfigure.SmartcarHttpAutoConfiguration;
import org.smartcarboot.autoconfigure.SmartcarJdbcTokenStoreAutoConfiguration;
import org.smartcarboot.autoconfigure.SmartcarProperties;
import org.smartcarboot.autoconfigure.SmartcarVehicleAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

/**
 * Auto-configuration of the {@code smartcar} health contributor
 * ({@link SmartcarHealthIndicator}), with Spring Boot's health support on the classpath;
 * {@code management.health.smartcar.enabled=false} turns it off. It checks Smartcar's
 * hosts only when {@code smartcar.health.reachability.enabled} is true.
 */
@AutoConfiguration(after = { SmartcarVehicleAutoConfiguration.class, SmartcarJdbcTokenStoreAutoConfiguration.class,
		SmartcarHttpAutoConfiguration.class })
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class,
		OAuth2AuthorizedClientService.class })
@ConditionalOnSmartcarClient
@ConditionalOnBean({ SmartcarProperties.class, OAuth2AuthorizedClientService.class })
@ConditionalOnEnabledHealthIndicator("smartcar")
@EnableConfigurationProperties(SmartcarHealthProperties.class)
public final class SmartcarHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "smartcarHealthIndicator")
	SmartcarHealthIndicator smartcarHealthIndicator(SmartcarProperties properties, SmartcarHealthProperties health,
			OAuth2AuthorizedClientService tokenStore, ObjectProvider<SmartcarHttpTransport> transport) {
		SmartcarHealthProperties.Reachability reachability = health.getReachability();
		SmartcarHostReachability hosts = reachability.isEnabled()
				? new SmartcarHostReachability(List.copyOf(SmartcarBaseUrls.of(properties.getUrls()).values()),
						transport.getIfAvailable(SmartcarHttpTransport::jdk), reachability.getTimeout())
				: null;
		return new SmartcarHealthIndicator(properties, tokenStore, hosts);
	}

}
