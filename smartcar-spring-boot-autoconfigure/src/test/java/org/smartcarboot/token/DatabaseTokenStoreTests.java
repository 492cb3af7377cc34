package org.smartcarboot.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcarboot.DatabaseBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.TestBrowser;
import org.smartcarboot.TestDatabase;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the token store in the database with the whole application against the simulator,
 * on H2 and on PostgreSQL: Spring Security's table for the database is created, and the
 * tokens a start of the application stored, by a Connect login or a refresh, serve the
 * next start; two instances on one database spend a rotating refresh token once.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class DatabaseTokenStoreTests extends DatabaseBackedTest {

	@Test
	void theTableIsTheOneSpringSecurityShipsForTheDatabase() {
		try (ConfigurableApplicationContext application = start(WebApplicationType.NONE)) {
			assertThat(application.getBean(OAuth2AuthorizedClientService.class)).isInstanceOfSatisfying(
					FreshAuthorizedClientCache.class,
					(cache) -> assertThat(cache.store()).isInstanceOf(JdbcOAuth2AuthorizedClientService.class));
			String tokenColumnType = new JdbcTemplate(application.getBean(DataSource.class))
				.queryForObject("SELECT data_type FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA"
						+ " AND LOWER(table_name) = 'oauth2_authorized_client'"
						+ " AND LOWER(column_name) = 'access_token_value'", String.class);
			assertThat(tokenColumnType).isEqualTo(this.database.isPostgres() ? "bytea" : "BINARY LARGE OBJECT");
		}
	}

	@Test
	void aDriverWhoConnectedBeforeARestartIsServedAfterIt() throws Exception {
		try (ConfigurableApplicationContext first = start(WebApplicationType.SERVLET)) {
			String app = "http://localhost:" + ((WebServerApplicationContext) first).getWebServer().getPort();
			this.simulator.registerRedirectUri(app + "/login/oauth2/code/smartcar");
			TestBrowser browser = new TestBrowser(app);
			String callback = this.simulator.allow(browser.followToConnect(browser.get("/")));
			assertThat(TestBrowser.location(browser.get(callback))).isEqualTo(app + "/?continue");
		}

		try (ConfigurableApplicationContext second = start(WebApplicationType.NONE)) {
			List<String> vehicleIds = second.getBean(SmartcarVehicleService.class)
				.forUser(this.simulator.userId())
				.vehicleIds();

			assertThat(vehicleIds).hasSize(this.simulator.vehicles().size());
			assertThat(second.getBean(SmartcarConnectedDrivers.class).principalNames(null, 10))
				.containsExactly(this.simulator.userId());
		}
		assertThat(this.simulator.tokenRequestCount("authorization_code")).isEqualTo(1);
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isZero();
	}

	@Test
	void aPairStoredBeforeARestartIsRefreshedAfterItAndTheRotatedPairIsKept() {
		IssuedTokens old = this.simulator.issueTokens();
		try (ConfigurableApplicationContext first = start(WebApplicationType.NONE)) {
			first.getBean(StoredTokens.class)
				.save(this.simulator.userId(), old.accessToken(), old.refreshToken(), Duration.ofMinutes(-5));
		}
		this.simulator.expireAccessTokens();
		SimulatedVehicle car = this.simulator.vehicles().get(0);

		try (ConfigurableApplicationContext second = start(WebApplicationType.NONE)) {
			SmartcarResponse<Odometer> odometer = second.getBean(SmartcarVehicleService.class)
				.forUser(this.simulator.userId())
				.vehicle(car.id())
				.odometer();
			assertThat(odometer.value().distance()).isPositive();
		}

		try (ConfigurableApplicationContext third = start(WebApplicationType.NONE)) {
			OAuth2AuthorizedClient stored = third.getBean(StoredTokens.class).load(this.simulator.userId());
			assertThat(stored.getRefreshToken().getTokenValue()).isNotEqualTo(old.refreshToken());
			assertThat(this.simulator.isRefreshTokenValid(stored.getRefreshToken().getTokenValue())).isTrue();
			assertThat(this.simulator.isAccessTokenValid(stored.getAccessToken().getTokenValue())).isTrue();
		}
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
	}

	@Test
	void twoInstancesRefreshingTheSameDriverAtOnceSpendTheRefreshTokenOnce() throws Exception {
		IssuedTokens old = this.simulator.issueTokens();
		String car = this.simulator.vehicles().get(0).id();
		this.simulator.setRefreshTokenGracePeriod(Duration.ZERO);
		try (ConfigurableApplicationContext first = start(WebApplicationType.NONE);
				ConfigurableApplicationContext second = start(WebApplicationType.NONE)) {
			first.getBean(StoredTokens.class)
				.save(this.simulator.userId(), old.accessToken(), old.refreshToken(), Duration.ofMinutes(-5));
			this.simulator.expireAccessTokens();
			List<SmartcarVehicleService> instances = List.of(first, second)
				.stream()
				.map((instance) -> instance.getBean(SmartcarVehicleService.class).forUser(this.simulator.userId()))
				.toList();
			int callsPerInstance = 10;
			ExecutorService threads = Executors.newFixedThreadPool(2 * callsPerInstance);
			try {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Double>> calls = new ArrayList<>();
				for (int i = 0; i < 2 * callsPerInstance; i++) {
					SmartcarVehicleService instance = instances.get(i % 2);
					calls.add(threads.submit(() -> {
						start.await();
						return instance.vehicle(car).odometer().value().distance();
					}));
				}
				start.countDown();
				for (Future<Double> call : calls) {
					assertThat(call.get(30, TimeUnit.SECONDS)).isPositive();
				}
			}
			finally {
				threads.shutdownNow();
			}
			OAuth2AuthorizedClient stored = second.getBean(StoredTokens.class).load(this.simulator.userId());
			assertThat(this.simulator.isRefreshTokenValid(stored.getRefreshToken().getTokenValue())).isTrue();
			assertThat(stored.getRefreshToken().getTokenValue()).isNotEqualTo(old.refreshToken());
		}
		finally {
			this.simulator.setRefreshTokenGracePeriod(Duration.ofMinutes(1));
		}
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
	}

	private ConfigurableApplicationContext start(WebApplicationType type) {
		Map<String, Object> properties = new LinkedHashMap<>(this.simulator.springProperties());
		properties.put("smartcar.scopes", "read_vehicle_info,read_odometer");
		properties.put("spring.datasource.url", this.database.url());
		properties.put("server.port", "0");
		if (this.database.isPostgres()) {
			// Spring Boot creates tables by itself in embedded databases only
			properties.put("smartcar.jdbc.initialize-schema", "always");
		}
		return new SpringApplicationBuilder(SmartcarTestApplication.class).web(type).properties(properties).run();
	}

}
