package org.smartcarboot.simulator;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.matching.RequestPattern;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;

/**
 * A local stand-in for Smartcar. One WireMock server on the loopback interface plays all
 * Smartcar hosts: Connect ({@code /oauth/authorize}), the token endpoint
 * ({@code /oauth/token}), the vehicle API ({@code /v2.0/...}: every v2.0 vehicle
 * endpoint, batch and webhook subscriptions), the compatibility API
 * ({@code /v1.0/compatibility}, {@code /v2.0/compatibility} and its matrix) and the
 * management API ({@code /v2.0/management/connections}). It knows one client application
 * and one user with four cars: three electric ones and a combustion one, each answering
 * the reads its powertrain cannot serve with {@code 501 COMPATIBILITY}. It issues codes
 * and rotating tokens, keeps each car's state (locks, charging, charge limit,
 * destination, webhook subscriptions, connection), lets tests inject failures and latency
 * and count requests, and delivers signed webhooks to a URL ({@link #webhooks()}).
 * <p>
 * Typical use: {@code new SmartcarSimulator().registerRedirectUri(uri).start()}, then
 * point the application at {@link #springProperties()}; in a {@code @SpringBootTest},
 * {@code @AutoConfigureSmartcarSimulator} does it all. Thread-safe.
 */
public final class SmartcarSimulator implements AutoCloseable {

	private static final String BIND_ADDRESS = "127.0.0.1";

	/**
	 * A files root that does not exist, so WireMock serves no files and loads no stub
	 * mappings of the host project (its default root is {@code src/test/resources}).
	 */
	private static final String NO_FILES = "org/smartcarboot/simulator/no-files";

	private int port;

	private final ClientRegistration client = new ClientRegistration("simulator-client-id", "simulator-client-secret",
			"simulator-management-token");

	private final SimulatedAccount account = new SimulatedAccount();

	private final TokenStore tokens = new TokenStore();

	private final EndpointFaults faults = new EndpointFaults();

	private final List<SimulatedService> services = List.of(new ConnectConsent(this.client, this.account, this.tokens),
			new TokenEndpoint(this.client, this.tokens),
			new VehicleApi(this.account, this.tokens, this.client, this.faults),
			new CompatibilityApi(this.client, this.account), new ManagementApi(this.client, this.account));

	private final ConsentDriver consentDriver = new ConsentDriver();

	private final SimulatedWebhooks webhooks = new SimulatedWebhooks(this.client.managementToken(), this.account);

	private volatile WireMockServer server;

	/**
	 * Creates a simulator that will listen on a free port chosen when it starts.
	 */
	public SmartcarSimulator() {
		this(0);
	}

	/**
	 * Creates a simulator that will listen on the given port.
	 * @param port the port, or {@code 0} for a free port chosen when it starts
	 */
	public SmartcarSimulator(int port) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
		}
		this.port = port;
	}

	/**
	 * Starts the server unless it is running. A simulator started on a free port keeps
	 * that port when it is started again, so applications (and cached Spring test
	 * contexts) pointed at it stay valid across a restart.
	 * @return this simulator
	 */
	public synchronized SmartcarSimulator start() {
		if (this.server == null) {
			WireMockServer newServer = new WireMockServer(WireMockConfiguration.options()
				.bindAddress(BIND_ADDRESS)
				.port(this.port)
				.usingFilesUnderClasspath(NO_FILES)
				.extensions(Stream.concat(this.services.stream(), Stream.of(this.faults)).toArray(Extension[]::new)));
			this.services.forEach((service) -> service.stubs().forEach(newServer::stubFor));
			newServer.start();
			this.port = newServer.port();
			this.server = newServer;
		}
		return this;
	}

	/**
	 * Stops the server if it is running. Tokens, vehicle state and faults survive a
	 * restart; request counts do not.
	 */
	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	/**
	 * Stops the server, like {@link #stop()}.
	 */
	@Override
	public void close() {
		stop();
	}

	/**
	 * Whether the server is running.
	 * @return {@code true} between {@link #start()} and {@link #stop()}
	 */
	public boolean isRunning() {
		WireMockServer current = this.server;
		return current != null && current.isRunning();
	}

	/**
	 * The base URL of all simulated Smartcar hosts, for example
	 * {@code http://localhost:54321}.
	 * @return the base URL, without a trailing slash
	 * @throws IllegalStateException if the simulator is not running
	 */
	public String baseUrl() {
		return "http://localhost:" + port();
	}

	/**
	 * The port the server listens on.
	 * @return the port
	 * @throws IllegalStateException if the simulator is not running
	 */
	public int port() {
		return runningServer().port();
	}

	/**
	 * The client id of the simulated Smartcar application.
	 * @return {@code simulator-client-id}
	 */
	public String clientId() {
		return this.client.clientId();
	}

	/**
	 * The name of the simulated Smartcar application, which the consent page shows the
	 * driver, as Connect shows the name an application has in the Smartcar dashboard.
	 * @return the name, {@code Your app} unless {@link #setApplicationName(String) set}
	 */
	public String applicationName() {
		return this.client.applicationName();
	}

	/**
	 * Names the simulated Smartcar application on the consent page.
	 * @param applicationName the name, such as {@code Acme Fleet}; not blank
	 */
	public void setApplicationName(String applicationName) {
		this.client.setApplicationName(applicationName);
	}

	/**
	 * The client secret of the simulated Smartcar application.
	 * @return {@code simulator-client-secret}
	 */
	public String clientSecret() {
		return this.client.clientSecret();
	}

	/**
	 * The application management token of the simulated Smartcar application. The
	 * management API expects it as HTTP Basic password of user {@code default};
	 * unsubscribing a vehicle from a webhook expects it as bearer token.
	 * @return {@code simulator-management-token}
	 */
	public String managementToken() {
		return this.client.managementToken();
	}

	/**
	 * Allows a redirect URI for the application. Connect only accepts registered redirect
	 * URIs, compared exactly.
	 * @param redirectUri an absolute URI, for example
	 * {@code http://localhost:8080/smartcar/callback}
	 * @return this simulator
	 */
	public SmartcarSimulator registerRedirectUri(String redirectUri) {
		this.client.registerRedirectUri(redirectUri);
		return this;
	}

	/**
	 * Answers the consent page of an authorization request as its Allow button does, for
	 * tests that walk an application's login flow without a browser.
	 * @param authorizationUrl the {@code /oauth/authorize} URL the application redirected
	 * the driver to
	 * @return the URL Connect redirects the driver back to, with {@code code} and
	 * {@code state}
	 * @throws IllegalStateException when Connect shows an error page instead, for example
	 * for an unregistered redirect URI
	 */
	public String allow(String authorizationUrl) {
		return this.consentDriver.answer(authorizationUrl, "allow");
	}

	/**
	 * Answers the consent page of an authorization request as its Deny button does.
	 * @param authorizationUrl the {@code /oauth/authorize} URL the application redirected
	 * the driver to
	 * @return the URL Connect redirects the driver back to, with
	 * {@code error=access_denied} and {@code state}
	 * @throws IllegalStateException when Connect shows an error page instead
	 */
	public String deny(String authorizationUrl) {
		return this.consentDriver.answer(authorizationUrl, "deny");
	}

	/**
	 * Spring Boot properties pointing an application at this simulator:
	 * {@code smartcar.client-id}, {@code smartcar.client-secret},
	 * {@code smartcar.urls.connect}, {@code .auth}, {@code .api} and {@code .management},
	 * all four set to {@link #baseUrl()}, {@code smartcar.urls.v3} set to
	 * {@code baseUrl()/v3} (which the simulator answers with a 404, so that no test
	 * reaches Smartcar's v3 host), and {@code smartcar.management-token}. Not
	 * {@code smartcar.redirect-uri}: the application's callback depends on its own port,
	 * and must be registered ({@link #registerRedirectUri(String)});
	 * {@code @AutoConfigureSmartcarSimulator} does both.
	 * @return the properties, in a stable order
	 * @throws IllegalStateException if the simulator is not running
	 */
	public Map<String, String> springProperties() {
		String baseUrl = baseUrl();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("smartcar.client-id", clientId());
		properties.put("smartcar.client-secret", clientSecret());
		Stream.of("connect", "auth", "api", "management")
			.forEach((host) -> properties.put("smartcar.urls." + host, baseUrl));
		properties.put("smartcar.urls.v3", baseUrl + "/v3");
		properties.put("smartcar.management-token", managementToken());
		return Collections.unmodifiableMap(properties);
	}

	/**
	 * Webhook deliveries of the simulated application, sent to a URL of the application
	 * under test: verification requests, vehicle state and error events, legacy
	 * deliveries, forged and repeated ones.
	 * @return the deliveries
	 */
	public SimulatedWebhooks webhooks() {
		return this.webhooks;
	}

	/**
	 * The id of the simulated Smartcar user, as {@code GET /v2.0/user} returns it.
	 * @return the user id
	 */
	public String userId() {
		return this.account.userId();
	}

	/**
	 * All of the user's cars, connected or not, in the order {@code GET /v2.0/vehicles}
	 * lists them: a Tesla Model 3, a Ford Mustang Mach-E and a Volkswagen ID.4 (electric)
	 * and a Toyota RAV4 (combustion).
	 * @return four cars
	 */
	public List<SimulatedVehicle> vehicles() {
		return this.account.vehicles();
	}

	/**
	 * The cars connected to the application now, as {@code GET /v2.0/vehicles} lists
	 * them. A disconnect ({@code DELETE /v2.0/vehicles/{id}/application} or deleting the
	 * connection through the management API) removes a car until it is connected again.
	 * @return the connected cars
	 */
	public List<SimulatedVehicle> connectedVehicles() {
		return this.account.connectedVehicles();
	}

	/**
	 * Connects every disconnected car again, as a driver going through Connect once more
	 * would.
	 */
	public void reconnectVehicles() {
		this.account.reconnectAll();
	}

	/**
	 * Makes the simulator ready for the next test: removes injected faults and latency
	 * ({@link #resetFaults()}), sets request counts to zero
	 * ({@link #resetRequestCounts()}) and connects disconnected cars again
	 * ({@link #reconnectVehicles()}). Issued tokens, registered redirect URIs and the
	 * cars' state (locks, charging) stay. {@link SmartcarSimulatorExtension} and
	 * {@code @AutoConfigureSmartcarSimulator} call it before each test.
	 */
	public void reset() {
		resetFaults();
		resetRequestCounts();
		reconnectVehicles();
	}

	/**
	 * One of the user's cars.
	 * @param vehicleId the vehicle id
	 * @return the car
	 * @throws IllegalArgumentException if no car has that id
	 */
	public SimulatedVehicle vehicle(String vehicleId) {
		return this.account.find(vehicleId)
			.orElseThrow(() -> new IllegalArgumentException("No simulated vehicle with id " + vehicleId));
	}

	/**
	 * Sets how long access tokens issued from now on are valid (and their
	 * {@code expires_in}). Defaults to 7200 seconds.
	 * @param lifetime the lifetime, not negative
	 */
	public void setAccessTokenLifetime(Duration lifetime) {
		this.tokens.setAccessTokenLifetime(lifetime);
	}

	/**
	 * Sets how long a refresh token keeps working after its first use. Defaults to 60
	 * seconds.
	 * @param grace the grace period, not negative
	 */
	public void setRefreshTokenGracePeriod(Duration grace) {
		this.tokens.setRefreshTokenGracePeriod(grace);
	}

	/**
	 * Expires every access token issued so far. Refresh tokens are not affected.
	 */
	public void expireAccessTokens() {
		this.tokens.expireAccessTokens();
	}

	/**
	 * Issues a token pair for the simulated user without going through Connect, as if a
	 * code exchange had happened; useful to seed an application's token store. The tokens
	 * grant every permission the simulated vehicle API knows.
	 * @return the tokens
	 */
	public IssuedTokens issueTokens() {
		return this.tokens.issueTokens();
	}

	/**
	 * Issues a token pair granting some permissions, as {@code GET /permissions} then
	 * reports them.
	 * @param permissions the permissions, for example {@code read_odometer}
	 * @return the tokens
	 */
	public IssuedTokens issueTokens(List<String> permissions) {
		Objects.requireNonNull(permissions, "permissions");
		return this.tokens.issueTokens(permissions);
	}

	/**
	 * Whether the vehicle API would accept an access token now.
	 * @param accessToken the access token
	 * @return {@code true} if it was issued here and has not expired
	 */
	public boolean isAccessTokenValid(String accessToken) {
		return this.tokens.isAccessTokenValid(accessToken);
	}

	/**
	 * Whether the token endpoint would accept a refresh token now.
	 * @param refreshToken the refresh token
	 * @return {@code true} if it was issued here and is unused or within its grace period
	 */
	public boolean isRefreshTokenValid(String refreshToken) {
		return this.tokens.isRefreshTokenValid(refreshToken);
	}

	/**
	 * Makes an endpoint answer with an error instead of its normal response, until
	 * {@link #resetFaults()}. The request has no other effect (a failed lock command does
	 * not lock). It works for every endpoint of every simulated host; a batch request's
	 * item for a failed {@code GET} endpoint fails the same way inside the batch.
	 * Endpoints under {@code /v1.0} answer with a v1.0 error body, all others with a v2.0
	 * body.
	 * @param method the HTTP method, for example {@code GET}
	 * @param pathTemplate the path, where {@code {variable}} matches one segment, for
	 * example {@code /v2.0/vehicles/{id}/odometer}
	 * @param error the error to answer with
	 */
	public void failEndpoint(String method, String pathTemplate, SimulatedError error) {
		this.faults.fail(Endpoint.of(method, pathTemplate), SimulatedFault.error(error), EndpointFaults.EVERY_REQUEST);
	}

	/**
	 * Makes the next requests of an endpoint fail with a fault, after which the endpoint
	 * answers normally again, so a client's retry can recover; replaces an earlier
	 * failure of the same endpoint. Like
	 * {@link #failEndpoint(String, String, SimulatedError)}, a failed request has no
	 * other effect, and an error fault fails the matching items of a batch request too
	 * (each counts as one request).
	 * @param method the HTTP method
	 * @param pathTemplate the path template, as for
	 * {@link #failEndpoint(String, String, SimulatedError)}
	 * @param fault what the endpoint does instead of answering
	 * @param times how many of the next requests fail, at least 1
	 */
	public void failEndpoint(String method, String pathTemplate, SimulatedFault fault, int times) {
		if (times < 1) {
			throw new IllegalArgumentException("times must be at least 1, was " + times);
		}
		this.faults.fail(Endpoint.of(method, pathTemplate), fault, times);
	}

	/**
	 * Delays every response of an endpoint, failed ones included, until
	 * {@link #resetFaults()}. Replaces an earlier latency of the same endpoint.
	 * @param method the HTTP method
	 * @param pathTemplate the path template, as for
	 * {@link #failEndpoint(String, String, SimulatedError)}
	 * @param latency the delay, not negative
	 */
	public void addLatency(String method, String pathTemplate, Duration latency) {
		this.faults.delay(Endpoint.of(method, pathTemplate), latency, EndpointFaults.EVERY_REQUEST);
	}

	/**
	 * Delays the next responses of an endpoint, after which it answers on time again, so
	 * a client that gave up waiting can recover; replaces an earlier latency of the same
	 * endpoint.
	 * @param method the HTTP method
	 * @param pathTemplate the path template, as for
	 * {@link #failEndpoint(String, String, SimulatedError)}
	 * @param latency the delay, not negative
	 * @param times how many of the next responses are delayed, at least 1
	 */
	public void addLatency(String method, String pathTemplate, Duration latency, int times) {
		if (times < 1) {
			throw new IllegalArgumentException("times must be at least 1, was " + times);
		}
		this.faults.delay(Endpoint.of(method, pathTemplate), latency, times);
	}

	/**
	 * Counts the requests received for an endpoint since the last
	 * {@link #resetRequestCounts()}, failed ones included.
	 * @param method the HTTP method
	 * @param pathTemplate the path template, as for
	 * {@link #failEndpoint(String, String, SimulatedError)}
	 * @return the number of requests
	 * @throws IllegalStateException if the simulator is not running
	 */
	public int requestCount(String method, String pathTemplate) {
		return count(Endpoint.of(method, pathTemplate).requests().build());
	}

	/**
	 * Counts the token requests ({@code POST /oauth/token}) with a grant type since the
	 * last {@link #resetRequestCounts()}.
	 * @param grantType the grant type, for example {@code refresh_token}
	 * @return the number of requests
	 * @throws IllegalStateException if the simulator is not running
	 */
	public int tokenRequestCount(String grantType) {
		Objects.requireNonNull(grantType, "grantType");
		return count(TokenEndpoint.ENDPOINT.requests().withFormParam("grant_type", equalTo(grantType)).build());
	}

	/**
	 * Removes all injected failures and latency.
	 */
	public void resetFaults() {
		this.faults.reset();
	}

	/**
	 * Sets all request counts back to zero.
	 */
	public void resetRequestCounts() {
		WireMockServer current = this.server;
		if (current != null) {
			current.resetRequests();
		}
	}

	private int count(RequestPattern requests) {
		return runningServer().countRequestsMatching(requests).getCount();
	}

	private WireMockServer runningServer() {
		WireMockServer current = this.server;
		if (current == null) {
			throw new IllegalStateException("The Smartcar simulator is not running; call start() first");
		}
		return current;
	}

}
