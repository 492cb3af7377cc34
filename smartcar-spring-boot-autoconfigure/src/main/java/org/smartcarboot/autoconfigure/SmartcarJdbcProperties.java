package org.smartcarboot.autoconfigure;

import java.time.Duration;

import org.smartcarboot.token.JdbcTokenRefreshLock;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.init.DatabaseInitializationProperties;

/**
 * Configuration properties of the Smartcar token store in the database: the creation of
 * its table, {@code oauth2_authorized_client}, and the wait for a refresh lock.
 */
@ConfigurationProperties(SmartcarJdbcProperties.PREFIX)
public class SmartcarJdbcProperties extends DatabaseInitializationProperties implements InitializingBean {

	/**
	 * Prefix of the properties of the token store in the database.
	 */
	public static final String PREFIX = SmartcarProperties.PREFIX + ".jdbc";

	/**
	 * Spring Security's script creating the table, for most databases.
	 */
	public static final String DEFAULT_SCHEMA_LOCATION = "classpath:org/springframework/security/oauth2/client/oauth2-client-schema.sql";

	/**
	 * Spring Security's script creating the table on PostgreSQL, with {@code bytea}
	 * columns; used instead of the default one on PostgreSQL.
	 */
	public static final String POSTGRESQL_SCHEMA_LOCATION = "classpath:org/springframework/security/oauth2/client/oauth2-client-schema-postgres.sql";

	/**
	 * Longest wait of a token refresh for another thread or application instance that
	 * refreshes the same driver's tokens.
	 */
	private Duration lockTimeout = JdbcTokenRefreshLock.DEFAULT_LOCK_TIMEOUT;

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.lockTimeout == null || this.lockTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new InvalidSmartcarPropertyException("jdbc.lock-timeout", String.valueOf(this.lockTimeout),
					"is shorter than one second", "Set smartcar.jdbc.lock-timeout to one second or more, such as 30s.");
		}
	}

	@Override
	public String getDefaultSchemaLocation() {
		return DEFAULT_SCHEMA_LOCATION;
	}

}
