package org.smartcarboot.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Says once, at startup, that Smartcar Connect login needs a servlet web application when
 * the application is none: without a web starter an application that copied the
 * Quickstart starts, serves no page and ends, with no word of why.
 */
@AutoConfiguration
@ConditionalOnSmartcarClient
@Conditional(SmartcarNonServletApplicationAutoConfiguration.NotServletWebApplication.class)
public final class SmartcarNonServletApplicationAutoConfiguration {

	private static final Log logger = LogFactory.getLog(SmartcarNonServletApplicationAutoConfiguration.class);

	/**
	 * The message logged at startup.
	 */
	static final String MESSAGE = "This is not a servlet web application, so drivers cannot connect their cars:"
			+ " Smartcar Connect login (/oauth2/authorization/smartcar) needs one. Add spring-boot-starter-webmvc"
			+ " to serve it. SmartcarVehicleService works without it for drivers whose tokens are already stored, through"
			+ " forUser(principalName).";

	@Bean
	SmartInitializingSingleton smartcarConnectUnavailableNotice() {
		return () -> logger.info(MESSAGE);
	}

	/**
	 * Matches unless the application is a servlet web application: it has no web server
	 * or a reactive one.
	 */
	static class NotServletWebApplication extends NoneNestedConditions {

		NotServletWebApplication() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
		static class ServletWebApplication {

		}

	}

}
