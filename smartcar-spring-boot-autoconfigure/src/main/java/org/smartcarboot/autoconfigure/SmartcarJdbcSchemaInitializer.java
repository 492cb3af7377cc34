package org.smartcarboot.autoconfigure;

import java.sql.DatabaseMetaData;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.util.StringUtils;

/**
 * Creates the table of the Smartcar token store, {@code oauth2_authorized_client}, with
 * Spring Boot's database initialization, as {@code smartcar.jdbc.initialize-schema} says.
 * By default it runs the script Spring Security ships for the database: its PostgreSQL
 * variant on PostgreSQL, the other one elsewhere; {@code smartcar.jdbc.schema} names
 * another script, where {@code @@platform@@} stands for the database, such as
 * {@code postgresql} or {@code mysql}. An error, such as the table existing already, does
 * not stop the application unless {@code smartcar.jdbc.continue-on-error} is false.
 * <p>
 * May be registered as a bean to take the place of the auto-configured one. Spring
 * Security's two scripts are available in a native image; a script of your own needs a
 * resource hint of its own.
 */
@ImportRuntimeHints(SmartcarJdbcSchemaInitializer.SchemaResourceHints.class)
public class SmartcarJdbcSchemaInitializer extends DataSourceScriptDatabaseInitializer {

	/**
	 * Creates an initializer of the token store's table.
	 * @param dataSource the data source of the token store
	 * @param properties the properties of the token store in the database
	 */
	public SmartcarJdbcSchemaInitializer(DataSource dataSource, SmartcarJdbcProperties properties) {
		super(dataSource, settings(dataSource, properties));
	}

	private static DatabaseInitializationSettings settings(DataSource dataSource, SmartcarJdbcProperties properties) {
		DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
		settings.setSchemaLocations(schemaLocations(dataSource, properties));
		settings.setMode(properties.getInitializeSchema());
		settings.setContinueOnError(properties.isContinueOnError());
		return settings;
	}

	private static List<String> schemaLocations(DataSource dataSource, SmartcarJdbcProperties properties) {
		String schema = properties.getSchema();
		if (SmartcarJdbcProperties.DEFAULT_SCHEMA_LOCATION.equals(schema) && isPostgresql(dataSource, properties)) {
			schema = SmartcarJdbcProperties.POSTGRESQL_SCHEMA_LOCATION;
		}
		PlatformPlaceholderDatabaseDriverResolver resolver = new PlatformPlaceholderDatabaseDriverResolver();
		String platform = properties.getPlatform();
		return StringUtils.hasText(platform) ? resolver.resolveAll(platform, schema)
				: resolver.resolveAll(dataSource, schema);
	}

	private static boolean isPostgresql(DataSource dataSource, SmartcarJdbcProperties properties) {
		String platform = properties.getPlatform();
		if (StringUtils.hasText(platform)) {
			return DatabaseDriver.POSTGRESQL.getId().equals(platform);
		}
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return DatabaseDriver.fromProductName(JdbcUtils.commonDatabaseName(product)) == DatabaseDriver.POSTGRESQL;
		}
		catch (MetaDataAccessException ex) {
			// the script then fails on its own if the database cannot be reached
			return false;
		}
	}

	/**
	 * Makes Spring Security's scripts, which the initializer runs by default, available
	 * in a native image.
	 */
	static class SchemaResourceHints implements RuntimeHintsRegistrar {

		@Override
		public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
			hints.resources()
				.registerPattern(resourcePath(SmartcarJdbcProperties.DEFAULT_SCHEMA_LOCATION))
				.registerPattern(resourcePath(SmartcarJdbcProperties.POSTGRESQL_SCHEMA_LOCATION));
		}

		private static String resourcePath(String location) {
			return location.substring(ResourceLoader.CLASSPATH_URL_PREFIX.length());
		}

	}

}
