package org.smartcarboot.autoconfigure.actuate;

import org.smartcarboot.autoconfigure.ConditionalOnSmartcarClient;
import org.smartcarboot.autoconfigure.SmartcarAutoConfiguration;
import org.smartcarboot.autoconfigure.SmartcarProperties;

import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code smartcar} part of Actuator's {@code info}
 * ({@link SmartcarInfoContributor}), when Actuator is on the classpath;
 * {@code management.info.smartcar.enabled=false} turns it off.
 */
@AutoConfiguration(after = SmartcarAutoConfiguration.class)
@ConditionalOnClass({ InfoContributor.class, ConditionalOnEnabledInfoContributor.class })
@ConditionalOnSmartcarClient
@ConditionalOnBean(SmartcarProperties.class)
@ConditionalOnEnabledInfoContributor("smartcar")
public final class SmartcarInfoContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SmartcarInfoContributor smartcarInfoContributor(SmartcarProperties properties) {
		return new SmartcarInfoContributor(properties);
	}

}
