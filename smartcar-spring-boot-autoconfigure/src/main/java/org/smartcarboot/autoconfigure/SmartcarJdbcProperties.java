package org.smartcarboot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.token.JdbcTokenRefreshLock;
import org.smartcarboot.token.TokenEncryptor;

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

	/**
	 * Encryption of the stored access and refresh tokens.
	 */
	private final Encryption encryption = new Encryption();

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Encryption getEncryption() {
		return this.encryption;
	}

	@Override
	public void afterPropertiesSet() {
		UnresolvedPlaceholders.reject("jdbc.schema", getSchema());
		UnresolvedPlaceholders.reject("jdbc.platform", getPlatform());
		this.encryption.validate();
		if (this.lockTimeout == null || this.lockTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new InvalidSmartcarPropertyException("jdbc.lock-timeout", String.valueOf(this.lockTimeout),
					"is shorter than one second", "Set smartcar.jdbc.lock-timeout to one second or more, such as 30s.");
		}
	}

	@Override
	public String getDefaultSchemaLocation() {
		return DEFAULT_SCHEMA_LOCATION;
	}

	/**
	 * Encryption at rest of the stored access and refresh tokens, with AES-256-GCM. The
	 * keys are never logged nor shown in messages.
	 */
	public static class Encryption {

		/**
		 * Key encrypting the stored access and refresh tokens: 32 random bytes in base64,
		 * such as the output of openssl rand -base64 32. Without it tokens are stored
		 * unencrypted. Never logged.
		 */
		private @Nullable String key;

		/**
		 * Earlier encryption keys, 32 bytes in base64 each, used only to read tokens they
		 * encrypted until the next refresh stores them with the current key. Never
		 * logged.
		 */
		private List<String> oldKeys = new ArrayList<>();

		public @Nullable String getKey() {
			return this.key;
		}

		public void setKey(@Nullable String key) {
			this.key = key;
		}

		public List<String> getOldKeys() {
			return this.oldKeys;
		}

		public void setOldKeys(List<String> oldKeys) {
			this.oldKeys = oldKeys;
		}

		void validate() {
			UnresolvedPlaceholders.reject("jdbc.encryption.key", this.key);
			UnresolvedPlaceholders.reject("jdbc.encryption.old-keys", this.oldKeys);
			if (this.key == null && !this.oldKeys.isEmpty()) {
				throw new InvalidSmartcarPropertyException("jdbc.encryption.old-keys", null,
						"is set but smartcar.jdbc.encryption.key is not",
						"Set smartcar.jdbc.encryption.key to the key that encrypts the tokens.");
			}
			if (this.key != null) {
				checkKey("jdbc.encryption.key", this.key);
			}
			for (int i = 0; i < this.oldKeys.size(); i++) {
				checkKey("jdbc.encryption.old-keys[" + i + "]", this.oldKeys.get(i));
			}
		}

		private static void checkKey(String property, String key) {
			try {
				TokenEncryptor.decodeKey(key);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidSmartcarPropertyException(property, null,
						"is not a key of 32 bytes in base64: " + ex.getMessage(),
						"Generate a key with openssl rand -base64 32.");
			}
		}

	}

}
