package org.smartcarboot.autoconfigure;

import javax.sql.DataSource;

import org.smartcarboot.webhook.InMemoryWebhookDeliveryLog;
import org.smartcarboot.webhook.JdbcWebhookDeliveryLog;
import org.smartcarboot.webhook.SmartcarWebhookHandler;
import org.smartcarboot.webhook.SmartcarWebhookReceiver;
import org.smartcarboot.webhook.WebhookDeliveryLog;
import org.smartcarboot.webhook.WebhookSecurity;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configuration of the endpoint receiving Smartcar's webhook deliveries, with
 * {@code smartcar.webhooks.enabled=true} in a servlet web application: a {@code POST}
 * route at {@code smartcar.webhooks.path} ({@link SmartcarWebhookHandler}) whose
 * {@link SmartcarWebhookReceiver} checks each delivery's signature with
 * {@code smartcar.management-token} and publishes it as a Spring application event, once
 * per event id within {@code smartcar.webhooks.deduplication-window}. The event ids are
 * remembered where the drivers' tokens are: in the database
 * ({@link JdbcWebhookDeliveryLog}, its table created beside the token table) when the
 * token store is, so that application instances agree, in memory otherwise. With Spring
 * Boot's default security filter chain, the path is exempt from CSRF protection and open
 * without login; an application with its own chain opens it with {@link WebhookSecurity}.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, JacksonAutoConfiguration.class }, beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ SmartcarWebhookHandler.class, RouterFunction.class })
@ConditionalOnBooleanProperty(prefix = SmartcarWebhookProperties.PREFIX, name = "enabled")
@EnableConfigurationProperties({ SmartcarProperties.class, SmartcarWebhookProperties.class })
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class SmartcarWebhookAutoConfiguration {

	/**
	 * Name of the bean routing the deliveries to the receiver.
	 */
	public static final String ROUTER_FUNCTION_BEAN = "smartcarWebhookRouterFunction";

	@Bean
	@ConditionalOnMissingBean(WebhookDeliveryLog.class)
	InMemoryWebhookDeliveryLog smartcarWebhookDeliveryLog(SmartcarWebhookProperties properties) {
		return new InMemoryWebhookDeliveryLog(properties.getDeduplicationWindow());
	}

	@Bean
	@ConditionalOnMissingBean
	SmartcarWebhookReceiver smartcarWebhookReceiver(SmartcarProperties properties,
			ApplicationEventPublisher eventPublisher, WebhookDeliveryLog deliveryLog,
			ObjectProvider<JsonMapper> jsonMapper) {
		String managementToken = properties.getManagementToken();
		if (!StringUtils.hasText(managementToken)) {
			throw new InvalidSmartcarPropertyException("management-token", null,
					"is missing, but smartcar.webhooks.enabled is true",
					"Set smartcar.management-token to the application management token in the Smartcar dashboard,"
							+ " which signs the webhook deliveries, or set smartcar.webhooks.enabled to false.");
		}
		return new SmartcarWebhookReceiver(managementToken, eventPublisher, deliveryLog,
				jsonMapper.getIfAvailable(JsonMapper::new));
	}

	@Bean(ROUTER_FUNCTION_BEAN)
	@ConditionalOnMissingBean(name = ROUTER_FUNCTION_BEAN)
	RouterFunction<ServerResponse> smartcarWebhookRouterFunction(SmartcarWebhookReceiver receiver,
			SmartcarWebhookProperties properties) {
		return new SmartcarWebhookHandler(receiver, properties.maxBodyBytes()).route(properties.getPath());
	}

	/**
	 * The delivery log in the database of the token store, with its table.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ JdbcTemplate.class, DataSourceScriptDatabaseInitializer.class })
	@Conditional(SmartcarJdbcTokenStoreAutoConfiguration.DatabaseTokenStoreCondition.class)
	@EnableConfigurationProperties(SmartcarJdbcProperties.class)
	static class DatabaseDeliveryLogConfiguration {

		@Bean
		@ConditionalOnMissingBean(WebhookDeliveryLog.class)
		@DependsOnDatabaseInitialization
		JdbcWebhookDeliveryLog smartcarWebhookDeliveryLog(DataSource dataSource, SmartcarWebhookProperties properties) {
			return new JdbcWebhookDeliveryLog(dataSource, properties.getDeduplicationWindow());
		}

		@Bean
		@ConditionalOnMissingBean
		@Conditional(SmartcarJdbcTokenStoreAutoConfiguration.OnSmartcarJdbcInitializationCondition.class)
		SmartcarWebhookSchemaInitializer smartcarWebhookSchemaInitializer(DataSource dataSource,
				SmartcarJdbcProperties properties) {
			return new SmartcarWebhookSchemaInitializer(dataSource, properties);
		}

	}

	/**
	 * The endpoint's exemption in Spring Boot's default security filter chain, which
	 * exists only when the application has no chain of its own. Spring Security applies
	 * {@code Customizer<HttpSecurity>} beans to every {@link HttpSecurity} it builds, so
	 * this runs before the default chain's own rules.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HttpSecurity.class, ConditionalOnDefaultWebSecurity.class })
	@ConditionalOnDefaultWebSecurity
	static class DefaultWebSecurityConfiguration {

		@Bean
		Customizer<HttpSecurity> smartcarWebhookSecurityCustomizer(SmartcarWebhookProperties properties) {
			return WebhookSecurity.permitDeliveries(properties.getPath());
		}

	}

}
