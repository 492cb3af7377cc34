package org.smartcarboot.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.webhook.InMemoryWebhookDeliveryLog;
import org.smartcarboot.webhook.JdbcWebhookDeliveryLog;
import org.smartcarboot.webhook.SmartcarWebhookReceiver;
import org.smartcarboot.webhook.WebhookDeliveryLog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SmartcarWebhookAutoConfiguration}: off unless enabled, where the
 * delivery log lives, when Spring Boot's default security chain is opened for the
 * endpoint, and the startup failures naming a missing or wrong property.
 */
@ExtendWith(QuietOutputCaptureExtension.class)
class SmartcarWebhookAutoConfigurationTests {

	private static final String MANAGEMENT_TOKEN = "amt-do-not-print";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SmartcarWebhookAutoConfiguration.class))
		.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
				"smartcar.scopes=read_vehicle_info", "smartcar.management-token=" + MANAGEMENT_TOKEN);

	private final WebApplicationContextRunner enabled = this.runner
		.withPropertyValues("smartcar.webhooks.enabled=true");

	@Test
	void offUnlessEnabled() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(SmartcarWebhookReceiver.class)
			.doesNotHaveBean(WebhookDeliveryLog.class)
			.doesNotHaveBean(SmartcarWebhookAutoConfiguration.ROUTER_FUNCTION_BEAN));
	}

	@Test
	void offOutsideAServletWebApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SmartcarWebhookAutoConfiguration.class))
			.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
					"smartcar.scopes=read_vehicle_info", "smartcar.management-token=amt",
					"smartcar.webhooks.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SmartcarWebhookReceiver.class));
	}

	@Test
	void enabledWithoutADatabaseTheEndpointRemembersEventsInMemoryAndOpensBootsDefaultChain() {
		this.enabled.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(SmartcarWebhookReceiver.class)
			.hasBean(SmartcarWebhookAutoConfiguration.ROUTER_FUNCTION_BEAN)
			.hasBean("smartcarWebhookSecurityCustomizer")
			.doesNotHaveBean(SmartcarWebhookSchemaInitializer.class)
			.getBean(WebhookDeliveryLog.class)
			.isInstanceOf(InMemoryWebhookDeliveryLog.class));
	}

	@Test
	void withADatabaseEventsAreRememberedInItsNewTable() {
		this.enabled.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class)).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(SmartcarWebhookSchemaInitializer.class)
				.getBean(WebhookDeliveryLog.class)
				.isInstanceOf(JdbcWebhookDeliveryLog.class);
			assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
				.queryForObject("SELECT COUNT(*) FROM smartcar_webhook_delivery", Integer.class)).isZero();
		});
	}

	@Test
	void theMemoryTokenStoreKeepsTheDeliveryLogInMemoryToo() {
		this.enabled.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withPropertyValues("smartcar.token-store=memory")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarWebhookSchemaInitializer.class)
				.getBean(WebhookDeliveryLog.class)
				.isInstanceOf(InMemoryWebhookDeliveryLog.class));
	}

	@Test
	void theApplicationsDeliveryLogIsUsed() {
		this.enabled.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
			.withUserConfiguration(OwnDeliveryLog.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(JdbcWebhookDeliveryLog.class)
				.getBean(WebhookDeliveryLog.class)
				.isSameAs(context.getBean(OwnDeliveryLog.class).log));
	}

	@Test
	void theApplicationsOwnSecurityChainIsLeftAlone() {
		this.enabled.withUserConfiguration(OwnSecurityChain.class)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SmartcarWebhookReceiver.class)
				.doesNotHaveBean("smartcarWebhookSecurityCustomizer"));
	}

	@Test
	void enabledWithoutTheManagementTokenStartupFailsNamingIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Map.of("smartcar.webhooks.enabled", "true")));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("Property smartcar.management-token is missing, but smartcar.webhooks.enabled is true")
			.contains("Set smartcar.management-token to the application management token");
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					webhooks.path                 | smartcar/hooks | smartcar.webhooks.path 'smartcar/hooks' is not a plain path | Set smartcar.webhooks.path
					webhooks.path                 | /hooks/**      | smartcar.webhooks.path '/hooks/**' is not a plain path       | without wildcards
					webhooks.max-body-size        | 0B             | smartcar.webhooks.max-body-size '0B' is not between 1 byte and 2 GB | Set smartcar.webhooks.max-body-size
					webhooks.deduplication-window | 0s             | smartcar.webhooks.deduplication-window 'PT0S' is not positive | Set smartcar.webhooks.deduplication-window
					""")
	void aWrongWebhookPropertyFailsStartupNamingItAndTheFix(String key, String value, String description, String action,
			CapturedOutput output) {
		Map<String, Object> properties = new HashMap<>(
				Map.of("smartcar.webhooks.enabled", "true", "smartcar.management-token", MANAGEMENT_TOKEN));
		properties.put("smartcar." + key, value);
		assertThatException().isThrownBy(() -> run(properties));
		assertThat(RecordingFailureAnalysisReporter.lastReport()).contains(description)
			.contains(action)
			.doesNotContain(MANAGEMENT_TOKEN);
		assertThat(output).doesNotContain(MANAGEMENT_TOKEN);
	}

	private static void run(Map<String, Object> webhookProperties) {
		RecordingFailureAnalysisReporter.clear();
		Map<String, Object> properties = new HashMap<>(webhookProperties);
		properties.put("smartcar.client-id", "app-id");
		properties.put("smartcar.client-secret", "app-secret");
		properties.put("smartcar.scopes", "read_vehicle_info");
		properties.put("server.port", "0");
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.SERVLET);
		application.setDefaultProperties(properties);
		application.run().close();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnDeliveryLog {

		final WebhookDeliveryLog log = mock(WebhookDeliveryLog.class);

		@Bean
		WebhookDeliveryLog ownDeliveryLog() {
			return this.log;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnSecurityChain {

		@Bean
		SecurityFilterChain ownChain() {
			return mock(SecurityFilterChain.class);
		}

	}

}
