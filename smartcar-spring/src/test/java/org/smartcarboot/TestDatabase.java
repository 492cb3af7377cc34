package org.smartcarboot;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * An empty database of its own for one test: a named in-memory H2 database, or a schema
 * of its own in the PostgreSQL database whose JDBC URL the
 * {@value #POSTGRES_URL_VARIABLE} environment variable gives (such as
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}). Closing it drops
 * everything, so runs repeat and parallel runs do not meet.
 */
public final class TestDatabase implements AutoCloseable {

	/**
	 * Environment variable with the JDBC URL of the PostgreSQL database for the tests;
	 * without it, the PostgreSQL tests are skipped. Not {@code SMARTCAR_...}: Spring Boot
	 * would read that as a {@code smartcar.*} property and turn the starter on.
	 */
	public static final String POSTGRES_URL_VARIABLE = "SMARTCARBOOT_TEST_POSTGRES_URL";

	/**
	 * The user Spring Boot connects to an embedded database with; H2 remembers the first
	 * user of a database.
	 */
	private static final String H2_USER = "sa";

	private static final String SPRING_SECURITY_SCHEMA = "org/springframework/security/oauth2/client/oauth2-client-schema";

	private final String url;

	private final boolean postgres;

	private final String name;

	private TestDatabase(String url, boolean postgres, String name) {
		this.url = url;
		this.postgres = postgres;
		this.name = name;
	}

	/**
	 * Creates an in-memory H2 database, which lives until {@link #close()}.
	 * @return the database
	 */
	public static TestDatabase h2() {
		String name = uniqueName();
		return new TestDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", false, name);
	}

	/**
	 * Creates a schema in the PostgreSQL database of {@value #POSTGRES_URL_VARIABLE}, or
	 * skips the test when the variable is not set.
	 * @return the database
	 */
	public static TestDatabase postgres() {
		String serverUrl = System.getenv(POSTGRES_URL_VARIABLE);
		Assumptions.assumeTrue(serverUrl != null && !serverUrl.isBlank(),
				POSTGRES_URL_VARIABLE + " is not set: no PostgreSQL to test on");
		String name = uniqueName();
		String url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
		TestDatabase database = new TestDatabase(url, true, name);
		database.execute("CREATE SCHEMA " + name);
		return database;
	}

	/**
	 * Returns the JDBC URL, such as for {@code spring.datasource.url}.
	 * @return the URL
	 */
	public String url() {
		return this.url;
	}

	/**
	 * Tells whether this is the PostgreSQL database.
	 * @return whether the database is PostgreSQL
	 */
	public boolean isPostgres() {
		return this.postgres;
	}

	/**
	 * Returns a new data source opening a new connection each time, as a separate
	 * application instance would.
	 * @return the data source
	 */
	public DataSource newDataSource() {
		return this.postgres ? new DriverManagerDataSource(this.url)
				: new DriverManagerDataSource(this.url, H2_USER, "");
	}

	/**
	 * Creates Spring Security's {@code oauth2_authorized_client} table, with the script
	 * Spring Security ships for the database.
	 */
	public void createTokenTable() {
		String script = SPRING_SECURITY_SCHEMA + (this.postgres ? "-postgres.sql" : ".sql");
		new ResourceDatabasePopulator(new ClassPathResource(script)).execute(newDataSource());
	}

	/**
	 * Drops the database or schema with everything in it.
	 */
	@Override
	public void close() {
		execute(this.postgres ? "DROP SCHEMA " + this.name + " CASCADE" : "SHUTDOWN");
	}

	private void execute(String sql) {
		try (Connection connection = newDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + " on the test database", ex);
		}
	}

	/**
	 * The databases the tests run on, for {@code @ParameterizedClass @EnumSource}.
	 */
	public enum Kind {

		/**
		 * An in-memory H2 database.
		 */
		H2,

		/**
		 * A schema in the PostgreSQL database of
		 * {@value TestDatabase#POSTGRES_URL_VARIABLE}; skipped without it.
		 */
		POSTGRESQL;

		/**
		 * Creates an empty database of this kind.
		 * @return the database
		 */
		public TestDatabase create() {
			return (this == POSTGRESQL) ? postgres() : h2();
		}

	}

	private static String uniqueName() {
		return "smartcar_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

}
