package org.smartcarboot.benchmarks.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.benchmarks.transport.TransportCandidate;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.token.FreshAuthorizedClientCache;
import org.smartcarboot.token.JdbcTokenRefreshLock;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;
import org.smartcarboot.token.SmartcarTokenClients;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * The drivers' tokens as an application keeps them, wired as the starter wires them: the
 * Smartcar registration, a token store (Spring Security's in-memory one, or its JDBC one
 * on an in-memory H2 database behind a Hikari pool, with {@link JdbcTokenRefreshLock} as
 * the starter's database store has it) and, per transport, a
 * {@link SmartcarAuthorizedClientManager} and a {@link SmartcarVehicleService} built with
 * the library's builders. On H2, the statements run on the token table are counted with
 * H2's query statistics.
 */
public final class DriverTokens implements AutoCloseable {

	private static final String TOKEN_TABLE_SCHEMA = "org/springframework/security/oauth2/client/oauth2-client-schema.sql";

	private static final String STATEMENTS_ON_TOKEN_TABLE = "SELECT COALESCE(SUM(EXECUTION_COUNT), 0)"
			+ " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE LOWER(SQL_STATEMENT) LIKE '%oauth2_authorized_client%'"
			+ " AND SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'";

	private static final AtomicInteger databases = new AtomicInteger();

	private final String name;

	private final ClientRegistration registration;

	private final InMemoryClientRegistrationRepository registrations;

	private final OAuth2AuthorizedClientService store;

	private final @Nullable HikariDataSource dataSource;

	private DriverTokens(String name, ClientRegistration registration, OAuth2AuthorizedClientService store,
			@Nullable HikariDataSource dataSource) {
		this.name = name;
		this.registration = registration;
		this.registrations = new InMemoryClientRegistrationRepository(registration);
		this.store = store;
		this.dataSource = dataSource;
	}

	/**
	 * Keeps the tokens in Spring Security's in-memory store.
	 * @param baseUrl the base URL of the stubbed Smartcar hosts
	 * @return the tokens
	 */
	public static DriverTokens inMemory(String baseUrl) {
		ClientRegistration registration = registration(baseUrl);
		return new DriverTokens("memory", registration,
				new InMemoryOAuth2AuthorizedClientService(new InMemoryClientRegistrationRepository(registration)),
				null);
	}

	/**
	 * Keeps the tokens in Spring Security's JDBC store on an in-memory H2 database.
	 * @param baseUrl the base URL of the stubbed Smartcar hosts
	 * @param connections the size of the database connection pool; each store has a
	 * database of its own
	 * @return the tokens
	 */
	public static DriverTokens h2(String baseUrl, int connections) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:benchmark-tokens-" + databases.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
		config.setUsername("sa");
		config.setMaximumPoolSize(connections);
		HikariDataSource dataSource = new HikariDataSource(config);
		new ResourceDatabasePopulator(new ClassPathResource(TOKEN_TABLE_SCHEMA)).execute(dataSource);
		new JdbcTemplate(dataSource).execute("SET QUERY_STATISTICS TRUE");
		ClientRegistration registration = registration(baseUrl);
		// as the starter wires it: the database store behind its cache of fresh clients
		return new DriverTokens("jdbc", registration,
				new FreshAuthorizedClientCache(new JdbcOAuth2AuthorizedClientService(new JdbcTemplate(dataSource),
						new InMemoryClientRegistrationRepository(registration))),
				dataSource);
	}

	private static ClientRegistration registration(String baseUrl) {
		return SmartcarClientRegistrations.builder(baseUrl, baseUrl, baseUrl + "/v2.0")
			.clientId("benchmark-client")
			.clientSecret("benchmark-secret")
			.scope("read_odometer", "read_location", "read_fuel", "read_battery", "read_tires")
			.build();
	}

	/**
	 * Returns the name of the store.
	 * @return {@code memory} or {@code jdbc}
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Stores a token pair for a driver, as a finished Connect login would.
	 * @param principalName the driver
	 * @param accessToken the access token
	 * @param expiresIn how long the access token stays valid; negative for an expired one
	 */
	public void store(String principalName, String accessToken, Duration expiresIn) {
		Instant expiresAt = Instant.now().plus(expiresIn);
		Instant issuedAt = expiresAt.minus(Duration.ofHours(2));
		this.store.saveAuthorizedClient(
				new OAuth2AuthorizedClient(this.registration, principalName,
						new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, issuedAt, expiresAt),
						new OAuth2RefreshToken("benchmark-refresh", issuedAt)),
				UsernamePasswordAuthenticationToken.authenticated(principalName, null, List.of()));
	}

	/**
	 * Returns the access token stored for a driver.
	 * @param principalName the driver
	 * @return the access token, or {@code null} when none is stored
	 */
	public @Nullable String accessToken(String principalName) {
		OAuth2AuthorizedClient client = this.store.loadAuthorizedClient(this.registration.getRegistrationId(),
				principalName);
		return (client != null) ? client.getAccessToken().getTokenValue() : null;
	}

	/**
	 * Builds the service as the starter does, on a transport: the manager refreshes
	 * through the same transport, and on H2 takes the database lock.
	 * @param transport the transport of API calls and token requests
	 * @param apiUrl the base URL of the vehicle API
	 * @return the service
	 */
	public SmartcarVehicleService service(TransportCandidate transport, String apiUrl) {
		SmartcarAuthorizedClientManager.Builder manager = SmartcarAuthorizedClientManager
			.builder(this.registrations, this.store)
			.authorizedClientProvider(SmartcarTokenClients.builder()
				.httpTransport(transport.transport())
				.build()
				.authorizedClientProvider());
		if (this.dataSource != null) {
			manager.refreshLock(new JdbcTokenRefreshLock(this.dataSource));
		}
		return SmartcarVehicleService.builder(manager.build())
			.apiUrl(apiUrl)
			.httpTransport(transport.transport())
			.authorizedClientService(this.store)
			.build();
	}

	/**
	 * Whether statements on the token table are counted: only in the database.
	 * @return {@code true} for the JDBC store
	 */
	public boolean countsStatements() {
		return this.dataSource != null;
	}

	/**
	 * Returns the statements run on the token table so far.
	 * @return the number of statements; {@code 0} for the in-memory store
	 */
	public long statements() {
		DataSource database = this.dataSource;
		if (database == null) {
			return 0;
		}
		Long count = new JdbcTemplate(database).queryForObject(STATEMENTS_ON_TOKEN_TABLE, Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Drops the database, if any, and closes its pool.
	 */
	@Override
	public void close() {
		if (this.dataSource != null) {
			new JdbcTemplate(this.dataSource).execute("SHUTDOWN");
			this.dataSource.close();
		}
	}

}
