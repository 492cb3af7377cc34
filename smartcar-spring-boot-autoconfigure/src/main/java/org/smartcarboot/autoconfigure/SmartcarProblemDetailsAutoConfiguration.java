package org.smartcarboot.autoconfigure;

import org.smartcarboot.error.SmartcarException;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of the {@link SmartcarProblemDetailsExceptionHandler}, which answers
 * a {@link SmartcarException} thrown by a Spring MVC controller with a problem detail. On
 * in servlet web applications; {@code smartcar.web.problem-details.enabled=false} turns
 * it off, and an {@code @ExceptionHandler} of the application wins over it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, SmartcarException.class })
@ConditionalOnSmartcarClient
@ConditionalOnBooleanProperty(name = SmartcarProblemDetailsAutoConfiguration.ENABLED_PROPERTY, matchIfMissing = true)
public final class SmartcarProblemDetailsAutoConfiguration {

	/**
	 * Property turning the problem details of Smartcar errors off.
	 */
	public static final String ENABLED_PROPERTY = "smartcar.web.problem-details.enabled";

	@Bean
	@ConditionalOnMissingBean
	SmartcarProblemDetailsExceptionHandler smartcarProblemDetailsExceptionHandler() {
		return new SmartcarProblemDetailsExceptionHandler();
	}

}
