package org.smartcarboot.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import org.smartcarboot.webhook.JdbcWebhookDeliveryLog;

import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;

/**
 * Creates the table of the webhook delivery log, {@value JdbcWebhookDeliveryLog#TABLE},
 * with Spring Boot's database initialization, beside the token table and as the same
 * {@code smartcar.jdbc.initialize-schema} and {@code smartcar.jdbc.continue-on-error}
 * say. Its script, {@value JdbcWebhookDeliveryLog#SCHEMA_LOCATION}, is plain SQL for H2,
 * PostgreSQL and most other databases.
 * <p>
 * May be registered as a bean to take the place of the auto-configured one.
 */
public class SmartcarWebhookSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	/**
	 * Creates an initializer of the delivery log's table.
	 * @param dataSource the database of the token store
	 * @param properties the properties of the token store in the database
	 */
	public SmartcarWebhookSchemaInitializer(DataSource dataSource, SmartcarJdbcProperties properties) {
		super(dataSource, settings(properties));
	}

	private static DatabaseInitializationSettings settings(SmartcarJdbcProperties properties) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(List.of(JdbcWebhookDeliveryLog.SCHEMA_LOCATION));
		settings.setMode(properties.getInitializeSchema());
		settings.setContinueOnError(properties.isContinueOnError());
		return settings;
	}

}
