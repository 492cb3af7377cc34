package org.smartcarboot.autoconfigure;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smartcarboot.token.FreshAuthorizedClientCache;
import org.smartcarboot.token.JdbcSmartcarConnectedDrivers;
import org.smartcarboot.token.JdbcTokenRefreshLock;
import org.smartcarboot.token.SmartcarConnectedDrivers;
import org.smartcarboot.token.TokenDecryptingRowMapper;
import org.smartcarboot.token.TokenEncryptingParametersMapper;
import org.smartcarboot.token.TokenEncryptor;
import org.smartcarboot.token.TokenRefreshLock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.sql.autoconfigure.init.OnDatabaseInitializationCondition;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Auto-configuration of the Smartcar token store in the database: Spring Security's
 * {@link JdbcOAuth2AuthorizedClientService} in place of Spring Boot's in-memory store,
 * behind a {@link FreshAuthorizedClientCache} so that a call with a fresh access token
 * does not read the database, when the application has a {@link DataSource} (or
 * {@code smartcar.token-store=jdbc}), unless {@code smartcar.token-store=memory}. Its
 * table is created by Spring Boot's database initialization
 * ({@link SmartcarJdbcSchemaInitializer}). Refreshes of one driver's tokens are
 * serialized across application instances by a {@link JdbcTokenRefreshLock}, and
 * {@link SmartcarConnectedDrivers} lists the drivers. With
 * {@code smartcar.jdbc.encryption.key} the token values are stored encrypted
 * ({@link TokenEncryptor}); without it a warning says once that they are not. Backs off
 * entirely when the application defines its own {@link OAuth2AuthorizedClientService}.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, SmartcarAutoConfiguration.class },
		before = OAuth2ClientAutoConfiguration.class)
@ConditionalOnClass({ JdbcTemplate.class, DataSourceScriptDatabaseInitializer.class,
		JdbcOAuth2AuthorizedClientService.class })
@ConditionalOnSmartcarClient
@ConditionalOnBean(ClientRegistrationRepository.class)
@ConditionalOnMissingBean(OAuth2AuthorizedClientService.class)
@Conditional(SmartcarJdbcTokenStoreAutoConfiguration.DatabaseTokenStoreCondition.class)
@EnableConfigurationProperties(SmartcarJdbcProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class SmartcarJdbcTokenStoreAutoConfiguration {

	private static final Log logger = LogFactory.getLog(SmartcarJdbcTokenStoreAutoConfiguration.class);

	@Bean
	@DependsOnDatabaseInitialization
	FreshAuthorizedClientCache authorizedClientService(DataSource dataSource,
			ClientRegistrationRepository clientRegistrationRepository, SmartcarJdbcProperties properties) {
		JdbcOAuth2AuthorizedClientService store = new JdbcOAuth2AuthorizedClientService(new JdbcTemplate(dataSource),
				clientRegistrationRepository);
		String key = properties.getEncryption().getKey();
		if (key != null) {
			TokenEncryptor encryptor = new TokenEncryptor(key, properties.getEncryption().getOldKeys());
			store.setAuthorizedClientParametersMapper(new TokenEncryptingParametersMapper(encryptor));
			store.setAuthorizedClientRowMapper(new TokenDecryptingRowMapper(clientRegistrationRepository, encryptor));
		}
		else {
			logger.warn("Smartcar access and refresh tokens are stored unencrypted in the table"
					+ " oauth2_authorized_client. To encrypt them, set smartcar.jdbc.encryption.key"
					+ " to a key generated with: openssl rand -base64 32");
		}
		return new FreshAuthorizedClientCache(store);
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(OnSmartcarJdbcInitializationCondition.class)
	SmartcarJdbcSchemaInitializer smartcarJdbcSchemaInitializer(DataSource dataSource,
			SmartcarJdbcProperties properties) {
		return new SmartcarJdbcSchemaInitializer(dataSource, properties);
	}

	@Bean
	@ConditionalOnMissingBean(TokenRefreshLock.class)
	@DependsOnDatabaseInitialization
	JdbcTokenRefreshLock smartcarTokenRefreshLock(DataSource dataSource, SmartcarJdbcProperties properties) {
		return new JdbcTokenRefreshLock(dataSource, properties.getLockTimeout());
	}

	@Bean
	@ConditionalOnMissingBean(SmartcarConnectedDrivers.class)
	@DependsOnDatabaseInitialization
	JdbcSmartcarConnectedDrivers smartcarConnectedDrivers(DataSource dataSource) {
		return new JdbcSmartcarConnectedDrivers(dataSource);
	}

	/**
	 * Matches when {@code smartcar.token-store} is {@code jdbc}, or is {@code auto} (the
	 * default) and the application has a single {@link DataSource}.
	 */
	static final class DatabaseTokenStoreCondition extends AnyNestedCondition {

		DatabaseTokenStoreCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(prefix = SmartcarProperties.PREFIX, name = "token-store", havingValue = "jdbc")
		static final class DatabaseRequested {

		}

		@ConditionalOnProperty(prefix = SmartcarProperties.PREFIX, name = "token-store", havingValue = "auto",
				matchIfMissing = true)
		@ConditionalOnSingleCandidate(DataSource.class)
		static final class DataSourcePresent {

		}

	}

	/**
	 * Matches unless {@code smartcar.jdbc.initialize-schema} is {@code never}.
	 */
	static final class OnSmartcarJdbcInitializationCondition extends OnDatabaseInitializationCondition {

		OnSmartcarJdbcInitializationCondition() {
			super("Smartcar JDBC", SmartcarJdbcProperties.PREFIX + ".initialize-schema");
		}

	}

}
