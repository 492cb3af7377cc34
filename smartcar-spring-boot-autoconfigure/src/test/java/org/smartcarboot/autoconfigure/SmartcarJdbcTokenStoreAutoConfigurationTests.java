package org.smartcarboot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcarboot.token.FreshAuthorizedClientCache;
import org.smartcarboot.token.JdbcSmartcarConnectedDrivers;
import org.smartcarboot.token.JdbcTokenRefreshLock;
import org.smartcarboot.token.SmartcarConnectedDrivers;
import org.smartcarboot.token.TokenRefreshLock;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SmartcarJdbcTokenStoreAutoConfiguration}: which token store
 * {@code smartcar.token-store} and the presence of a {@link DataSource} select, the
 * creation of its table, and how it backs off.
 */
class SmartcarJdbcTokenStoreAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SmartcarAutoConfiguration.class,
				SmartcarJdbcTokenStoreAutoConfiguration.class, OAuth2ClientAutoConfiguration.class))
		.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
				"smartcar.scopes=read_vehicle_info");

	private final ApplicationContextRunner withEmbeddedDatabase = this.runner
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class));

	@Test
	void withADataSourceTokensAreStoredInItsNewTableAndTheDriversCanBeListed() {
		this.withEmbeddedDatabase.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(SmartcarJdbcSchemaInitializer.class)
				.getBean(OAuth2AuthorizedClientService.class)
				.isInstanceOfSatisfying(FreshAuthorizedClientCache.class,
						(cache) -> assertThat(cache.store()).isInstanceOf(JdbcOAuth2AuthorizedClientService.class));
			assertThat(context).getBean(TokenRefreshLock.class).isInstanceOf(JdbcTokenRefreshLock.class);
			assertThat(context).getBean(SmartcarConnectedDrivers.class)
				.isInstanceOf(JdbcSmartcarConnectedDrivers.class);
			assertThat(storedClients(context)).isZero();
			assertThat(context.getBean(SmartcarConnectedDrivers.class).principalNames(null, 10)).isEmpty();
		});
	}

	@Test
	void withoutADataSourceTokensStayInMemory() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(TokenRefreshLock.class)
			.doesNotHaveBean(SmartcarConnectedDrivers.class)
			.doesNotHaveBean(SmartcarJdbcSchemaInitializer.class)
			.getBean(OAuth2AuthorizedClientService.class)
			.isInstanceOf(InMemoryOAuth2AuthorizedClientService.class));
	}

	@Test
	void theMemoryTokenStoreIgnoresTheDataSource() {
		this.withEmbeddedDatabase.withPropertyValues("smartcar.token-store=memory").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(TokenRefreshLock.class)
				.doesNotHaveBean(SmartcarConnectedDrivers.class)
				.getBean(OAuth2AuthorizedClientService.class)
				.isInstanceOf(InMemoryOAuth2AuthorizedClientService.class);
			assertThat(tableExists(context)).isFalse();
		});
	}

	@Test
	void theJdbcTokenStoreWithoutADataSourceFailsNamingTheMissingDataSource() {
		this.runner.withPropertyValues("smartcar.token-store=jdbc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("javax.sql.DataSource"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "auto", "jdbc" })
	void theDatabaseTokenStoreUsesThePrimaryOfSeveralDataSources(String tokenStore) {
		this.runner.withUserConfiguration(TwoDataSources.class)
			.withPropertyValues("smartcar.token-store=" + tokenStore)
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.getBean(OAuth2AuthorizedClientService.class)
					.isInstanceOfSatisfying(FreshAuthorizedClientCache.class,
							(cache) -> assertThat(cache.store()).isInstanceOf(JdbcOAuth2AuthorizedClientService.class));
				assertThat(tableExists(context.getBean("primary", DataSource.class))).isTrue();
				assertThat(tableExists(context.getBean("secondary", DataSource.class))).isFalse();
			});
	}

	@Test
	void severalDataSourcesWithNoPrimaryLeaveTheAutomaticChoiceInMemory() {
		this.runner.withBean("first", DataSource.class, () -> inMemoryDatabase("first"))
			.withBean("second", DataSource.class, () -> inMemoryDatabase("second"))
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(OAuth2AuthorizedClientService.class)
				.isInstanceOf(InMemoryOAuth2AuthorizedClientService.class));
	}

	@Test
	void withoutSpringJdbcTokensStayInMemory() {
		this.withEmbeddedDatabase.withClassLoader(new FilteredClassLoader(JdbcTemplate.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(TokenRefreshLock.class)
				.getBean(OAuth2AuthorizedClientService.class)
				.isInstanceOf(InMemoryOAuth2AuthorizedClientService.class));
	}

	@Test
	void anAuthorizedClientServiceOfTheApplicationTurnsTheDatabaseStoreOff() {
		this.withEmbeddedDatabase.withUserConfiguration(OwnStore.class).run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(FreshAuthorizedClientCache.class)
				.doesNotHaveBean(TokenRefreshLock.class)
				.doesNotHaveBean(SmartcarConnectedDrivers.class)
				.getBean(OAuth2AuthorizedClientService.class)
				.isSameAs(context.getBean(OwnStore.class).store);
			assertThat(tableExists(context)).isFalse();
		});
	}

	@Test
	void aLockOrListingOfTheApplicationReplacesTheDatabaseOnes() {
		TokenRefreshLock lock = mock(TokenRefreshLock.class);
		SmartcarConnectedDrivers drivers = mock(SmartcarConnectedDrivers.class);
		this.withEmbeddedDatabase.withBean(TokenRefreshLock.class, () -> lock)
			.withBean(SmartcarConnectedDrivers.class, () -> drivers)
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.getBean(OAuth2AuthorizedClientService.class)
					.isInstanceOfSatisfying(FreshAuthorizedClientCache.class,
							(cache) -> assertThat(cache.store()).isInstanceOf(JdbcOAuth2AuthorizedClientService.class));
				assertThat(context).getBean(TokenRefreshLock.class).isSameAs(lock);
				assertThat(context).getBean(SmartcarConnectedDrivers.class).isSameAs(drivers);
			});
	}

	@Test
	void byDefaultOnlyAnEmbeddedDatabaseGetsTheTable(@TempDir Path directory) {
		String fileDatabase = "jdbc:h2:file:" + directory.resolve("tokens").toAbsolutePath();
		this.withEmbeddedDatabase.withPropertyValues("spring.datasource.url=" + fileDatabase).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(FreshAuthorizedClientCache.class);
			assertThat(tableExists(context)).isFalse();
		});
		this.withEmbeddedDatabase
			.withPropertyValues("spring.datasource.url=" + fileDatabase, "smartcar.jdbc.initialize-schema=always")
			.run((context) -> assertThat(tableExists(context)).isTrue());
	}

	@Test
	void withInitializeSchemaNeverTheTableIsNotCreated() {
		this.withEmbeddedDatabase.withPropertyValues("smartcar.jdbc.initialize-schema=never").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarJdbcSchemaInitializer.class)
				.hasSingleBean(FreshAuthorizedClientCache.class);
			assertThat(tableExists(context)).isFalse();
		});
	}

	@Test
	void anotherSchemaScriptForThePlatformCreatesTheTable() {
		this.withEmbeddedDatabase
			.withPropertyValues("smartcar.jdbc.schema=classpath:schema/custom-schema-@@platform@@.sql")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				List<String> columns = new JdbcTemplate(context.getBean(DataSource.class))
					.queryForList("SELECT LOWER(column_name) FROM information_schema.columns"
							+ " WHERE LOWER(table_name) = 'oauth2_authorized_client'", String.class);
				assertThat(columns).contains("principal_name", "connected_from");
			});
	}

	@Test
	void theLockTimeoutComesFromItsPropertyAndMustBeASecondOrMore() {
		this.withEmbeddedDatabase.withPropertyValues("smartcar.jdbc.lock-timeout=5s")
			.run((context) -> assertThat(context.getBean(SmartcarJdbcProperties.class).getLockTimeout())
				.isEqualTo(Duration.ofSeconds(5)));
		this.withEmbeddedDatabase.withPropertyValues("smartcar.jdbc.lock-timeout=100ms")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidSmartcarPropertyException.class)
				.hasMessage("Property smartcar.jdbc.lock-timeout 'PT0.1S' is shorter than one second"));
	}

	private static int storedClients(AssertableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class))
			.queryForObject("SELECT COUNT(*) FROM oauth2_authorized_client", Integer.class);
	}

	private static boolean tableExists(AssertableApplicationContext context) {
		return tableExists(context.getBean(DataSource.class));
	}

	private static boolean tableExists(DataSource dataSource) {
		Integer tables = new JdbcTemplate(dataSource).queryForObject(
				"SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'oauth2_authorized_client'",
				Integer.class);
		return tables != null && tables > 0;
	}

	private static DataSource inMemoryDatabase(String name) {
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSources {

		@Bean
		@Primary
		DataSource primary() {
			return inMemoryDatabase("primary");
		}

		@Bean
		DataSource secondary() {
			return inMemoryDatabase("secondary");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnStore {

		final OAuth2AuthorizedClientService store = mock(OAuth2AuthorizedClientService.class);

		@Bean
		OAuth2AuthorizedClientService ownStore() {
			return this.store;
		}

	}

}
