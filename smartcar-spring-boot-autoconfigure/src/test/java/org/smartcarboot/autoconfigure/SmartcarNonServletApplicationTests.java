package org.smartcarboot.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.QuietOutputCaptureExtension;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that an application with no servlet web server, such as one made without a web
 * starter, says once at startup that Connect login needs one and that the service works
 * for stored drivers; a servlet web application says nothing.
 */
@ExtendWith(QuietOutputCaptureExtension.class)
class SmartcarNonServletApplicationTests {

	private static final Map<String, Object> CONFIGURED = Map.of("smartcar.client-id", "app-id",
			"smartcar.client-secret", "app-secret", "smartcar.scopes", "read_vehicle_info", "smartcar.token-store",
			"memory", "logging.level.org.smartcarboot.autoconfigure", "info", "server.port", "0");

	private static final String NOTICE = "INFO";

	@Test
	void anApplicationWithoutWebServerSaysOnceThatConnectNeedsOne(CapturedOutput output) {
		start(WebApplicationType.NONE).close();

		String message = SmartcarNonServletApplicationAutoConfiguration.MESSAGE;
		assertThat(message).contains("Smartcar Connect login (/oauth2/authorization/smartcar) needs one")
			.contains("Add spring-boot-starter-webmvc")
			.contains("SmartcarVehicleService works without it for drivers whose tokens are already stored");
		assertThat(output.getOut().split(java.util.regex.Pattern.quote(message), -1)).hasSize(2);
		assertThat(output.getOut().lines().filter((line) -> line.contains(message))).singleElement()
			.satisfies((line) -> assertThat(line).contains(NOTICE));
	}

	@Test
	void aServletWebApplicationSaysNothing(CapturedOutput output) {
		start(WebApplicationType.SERVLET).close();

		assertThat(output).doesNotContain(SmartcarNonServletApplicationAutoConfiguration.MESSAGE);
	}

	@Test
	void theNoticeIsABeanOfApplicationsWithoutServletAndWithSmartcarProperties() {
		AutoConfigurations notice = AutoConfigurations.of(SmartcarNonServletApplicationAutoConfiguration.class);
		String[] configured = { "smartcar.client-id=app-id" };
		new ApplicationContextRunner().withConfiguration(notice)
			.withPropertyValues(configured)
			.run((context) -> assertThat(context).hasBean("smartcarConnectUnavailableNotice"));
		new ApplicationContextRunner().withConfiguration(notice)
			.run((context) -> assertThat(context).doesNotHaveBean("smartcarConnectUnavailableNotice"));
		new WebApplicationContextRunner().withConfiguration(notice)
			.withPropertyValues(configured)
			.run((context) -> assertThat(context).doesNotHaveBean("smartcarConnectUnavailableNotice"));
	}

	private static ConfigurableApplicationContext start(WebApplicationType type) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(type);
		application.setDefaultProperties(CONFIGURED);
		return application.run();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
