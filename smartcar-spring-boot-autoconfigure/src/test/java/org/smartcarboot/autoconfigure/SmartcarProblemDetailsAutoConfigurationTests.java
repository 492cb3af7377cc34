package org.smartcarboot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests when the problem details of Smartcar errors are on: in servlet web applications
 * with Spring MVC, unless switched off or replaced.
 */
class SmartcarProblemDetailsAutoConfigurationTests {

	private static final String[] CONFIGURED = { "smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
			"smartcar.scopes=read_vehicle_info" };

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SmartcarProblemDetailsAutoConfiguration.class));

	@Test
	void aServletWebApplicationHasTheHandlerByDefault() {
		this.runner.withPropertyValues(CONFIGURED)
			.run((context) -> assertThat(context).hasSingleBean(SmartcarProblemDetailsExceptionHandler.class));
	}

	@Test
	void thePropertySwitchesTheHandlerOff() {
		this.runner.withPropertyValues(CONFIGURED)
			.withPropertyValues("smartcar.web.problem-details.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SmartcarProblemDetailsExceptionHandler.class));
	}

	@Test
	void anApplicationWithoutSmartcarPropertiesOrSpringMvcOrServletHasNoHandler() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(SmartcarProblemDetailsExceptionHandler.class));
		this.runner.withPropertyValues(CONFIGURED)
			.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SmartcarProblemDetailsExceptionHandler.class));
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SmartcarProblemDetailsAutoConfiguration.class))
			.withPropertyValues(CONFIGURED)
			.run((context) -> assertThat(context).doesNotHaveBean(SmartcarProblemDetailsExceptionHandler.class));
	}

	@Test
	void anApplicationsOwnHandlerBeanReplacesTheStartersOne() {
		SmartcarProblemDetailsExceptionHandler own = new SmartcarProblemDetailsExceptionHandler();
		this.runner.withPropertyValues(CONFIGURED)
			.withBean("ownHandler", SmartcarProblemDetailsExceptionHandler.class, () -> own)
			.run((context) -> assertThat(context).getBean(SmartcarProblemDetailsExceptionHandler.class).isSameAs(own));
	}

}
