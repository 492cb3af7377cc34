package org.smartcarboot.autoconfigure.actuate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.TestDatabase;
import org.smartcarboot.api.SmartcarHttpTransport;
import org.smartcarboot.autoconfigure.SmartcarProperties;
import org.smartcarboot.autoconfigure.actuate.SmartcarHostReachability.HostStatus;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link SmartcarHealthIndicator} on real stores and sockets: a token store that
 * answers or not (an H2 database without the token table), and the opt-in check of
 * Smartcar's hosts against the simulator, a closed port and hosts that never answer.
 */
class SmartcarHealthIndicatorTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final List<AutoCloseable> resources = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable resource : this.resources) {
			resource.close();
		}
	}

	@Test
	void theInMemoryStoreIsUpWithTheModeAndApiVersion() {
		SmartcarProperties properties = properties("http://127.0.0.1:9");
		properties.setApiVersion("1.0");

		Health health = new SmartcarHealthIndicator(properties,
				new InMemoryOAuth2AuthorizedClientService(registrations()), null)
			.health(true);

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("mode", "live")
			.containsEntry("apiVersion", "1.0")
			.containsEntry("tokenStore", Map.of("type", "memory", "status", "UP"))
			.doesNotContainKey("hosts");
	}

	@Test
	void theDatabaseStoreIsDownWithoutItsTableAndUpWithIt() {
		TestDatabase database = TestDatabase.h2();
		this.resources.add(database);
		SmartcarHealthIndicator indicator = new SmartcarHealthIndicator(properties("http://127.0.0.1:9"),
				new JdbcOAuth2AuthorizedClientService(new JdbcTemplate(database.newDataSource()), registrations()),
				null);

		Health withoutTable = indicator.health(true);
		database.createTokenTable();
		Health withTable = indicator.health(true);

		assertThat(withoutTable.getStatus()).isEqualTo(Status.DOWN);
		assertThat(withoutTable.getDetails().get("tokenStore"))
			.asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
			.containsEntry("type", "jdbc")
			.containsEntry("status", "DOWN")
			.hasEntrySatisfying("error",
					(error) -> assertThat(error.toString()).containsIgnoringCase("oauth2_authorized_client"));
		assertThat(withTable.getStatus()).isEqualTo(Status.UP);
		assertThat(withTable.getDetails()).containsEntry("tokenStore", Map.of("type", "jdbc", "status", "UP"));
	}

	@Test
	void reachableHostsAreUpAndEachOriginIsAskedOnce(SmartcarSimulator simulator) {
		SmartcarHealthIndicator indicator = new SmartcarHealthIndicator(properties(simulator.baseUrl()), memoryStore(),
				reachability(properties(simulator.baseUrl()), Duration.ofSeconds(2)));

		Health health = indicator.health(true);

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails().get("hosts"))
			.isEqualTo(Map.of(simulator.baseUrl(), new HostStatus(true, 404, null)));
		assertThat(simulator.requestCount("HEAD", "/")).isOne();
	}

	@Test
	void aClosedPortIsDownAtOnce(SmartcarSimulator simulator) throws IOException {
		String closed = "http://127.0.0.1:" + closedPort();
		SmartcarProperties properties = properties(simulator.baseUrl());
		properties.getUrls().setManagement(closed);

		long started = System.nanoTime();
		Health health = new SmartcarHealthIndicator(properties, memoryStore(),
				reachability(properties, Duration.ofSeconds(5)))
			.health(true);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("hosts"))
			.asInstanceOf(InstanceOfAssertFactories.map(String.class, HostStatus.class))
			.containsEntry(simulator.baseUrl(), new HostStatus(true, 404, null))
			.containsEntry(closed, new HostStatus(false, null, ConnectException.class.getName()));
	}

	@Test
	void hostsThatNeverAnswerAreDownAfterTheTimeoutCheckedAtOnce() throws IOException {
		SmartcarProperties properties = properties(silentHost());
		properties.getUrls().setAuth(silentHost());
		properties.getUrls().setApi(silentHost());
		properties.getUrls().setManagement(silentHost());
		properties.getUrls().setV3(silentHost());
		Duration timeout = Duration.ofMillis(800);

		long started = System.nanoTime();
		Health health = new SmartcarHealthIndicator(properties, memoryStore(), reachability(properties, timeout))
			.health(true);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("hosts"))
			.asInstanceOf(InstanceOfAssertFactories.map(String.class, HostStatus.class))
			.hasSize(5)
			.allSatisfy((origin, host) -> assertThat(host.reachable()).isFalse());
		assertThat(took).as("five hosts of %s each, checked at once", timeout)
			.isGreaterThanOrEqualTo(timeout)
			.isLessThan(timeout.multipliedBy(4));
	}

	private SmartcarHostReachability reachability(SmartcarProperties properties, Duration timeout) {
		return new SmartcarHostReachability(List.copyOf(SmartcarBaseUrls.of(properties.getUrls()).values()),
				SmartcarHttpTransport.jdk(), timeout);
	}

	/**
	 * Opens a port that accepts connections (the system's backlog does) and never
	 * answers.
	 */
	private String silentHost() throws IOException {
		ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.resources.add(socket);
		return "http://127.0.0.1:" + socket.getLocalPort();
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static SmartcarProperties properties(String baseUrl) {
		SmartcarProperties properties = new SmartcarProperties();
		properties.setClientId("app-id");
		properties.setClientSecret("app-secret");
		properties.getUrls().setConnect(baseUrl);
		properties.getUrls().setAuth(baseUrl);
		properties.getUrls().setApi(baseUrl);
		properties.getUrls().setManagement(baseUrl);
		properties.getUrls().setV3(baseUrl + "/v3");
		return properties;
	}

	private static OAuth2AuthorizedClientService memoryStore() {
		return new InMemoryOAuth2AuthorizedClientService(registrations());
	}

	private static ClientRegistrationRepository registrations() {
		return new InMemoryClientRegistrationRepository(SmartcarClientRegistrations
			.builder("http://127.0.0.1:9", "http://127.0.0.1:9", "http://127.0.0.1:9/v2.0")
			.clientId("app-id")
			.clientSecret("app-secret")
			.build());
	}

}
