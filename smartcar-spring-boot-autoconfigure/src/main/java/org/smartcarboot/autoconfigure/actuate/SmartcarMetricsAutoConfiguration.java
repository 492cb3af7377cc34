package org.smartcarboot.autoconfigure.actuate;

import io.micrometer.core.instrument.MeterRegistry;
import org.smartcarboot.autoconfigure.ConditionalOnSmartcarClient;
import org.smartcarboot.token.SmartcarTokenListener;
import org.smartcarboot.token.SmartcarTokenMetrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the token meters ({@link SmartcarTokenMetrics}, a
 * {@link SmartcarTokenListener} of the token manager), when the application has a
 * Micrometer {@link MeterRegistry}. Spring Boot's
 * {@code management.metrics.enable.smartcar.token=false} turns the meters off.
 */
@AutoConfiguration(after = { MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class })
@ConditionalOnClass({ MeterRegistry.class, CompositeMeterRegistryAutoConfiguration.class })
@ConditionalOnSmartcarClient
@ConditionalOnBean(MeterRegistry.class)
public final class SmartcarMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SmartcarTokenMetrics smartcarTokenMetrics(MeterRegistry registry) {
		return new SmartcarTokenMetrics(registry);
	}

}
