package org.smartcarboot.sample;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The sample app's jar, AOT-processed by the build, started as a user does:
 * {@code java -Dspring.aot.enabled=true -jar smartcar-sample-app-<version>.jar}. With
 * Smartcar's settings on the command line, as real credentials would be (here pointing at
 * a simulator in this JVM), a driver connects, sees the cars and locks one; with none,
 * the app runs on its embedded simulator, whose Connect consent page it sends the driver
 * to. Runs with failsafe, after the jar is built; each app's output is kept in
 * {@code target/aot-*.log}.
 */
class AotSampleAppIT {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

	private static final Pattern STARTED = Pattern.compile("Started SampleApplication in ([0-9.]+) seconds");

	private final List<Process> apps = new ArrayList<>();

	@AfterEach
	void stopApps() throws InterruptedException {
		for (Process app : this.apps) {
			app.destroy();
			if (!app.waitFor(20, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	@Test
	void onSmartcarsSettingsADriverConnectsSeesTheCarsAndLocksOne(SmartcarSimulator simulator) throws Exception {
		int port = freePort();
		String appUrl = "http://localhost:" + port;
		simulator.registerRedirectUri(appUrl + "/login/oauth2/code/smartcar");
		SimulatedVehicle first = simulator.vehicles().get(0);
		first.setLocked(false);
		List<String> settings = new ArrayList<>();
		simulator.springProperties().forEach((key, value) -> settings.add("--" + key + "=" + value));
		Path log = start("aot-on-smartcar-settings", port, settings);

		DriverHttpClient driver = new DriverHttpClient(appUrl, simulator);
		HttpResponse<String> vehicles = driver.signIn();
		for (SimulatedVehicle vehicle : simulator.vehicles()) {
			// makes are shown as brands write them: TESLA as Tesla
			assertThat(vehicles.body()).containsIgnoringCase(">" + vehicle.make() + "<")
				.contains(">" + vehicle.model() + "<", ">" + vehicle.vin() + "<");
		}
		HttpResponse<String> locked = driver.follow(driver.postForm("/vehicles/" + first.id() + "/lock",
				Map.of("_csrf", DriverHttpClient.csrfToken(vehicles.body()))));

		assertThat(locked.statusCode()).isEqualTo(200);
		assertThat(locked.uri().getPath()).isEqualTo("/vehicles");
		assertThat(locked.body()).containsIgnoringCase("Lock sent to " + first.make() + " " + first.model() + ".");
		assertThat(simulator.vehicle(first.id()).isLocked()).isTrue();
		assertThat(simulator.requestCount("POST", "/v2.0/vehicles/{id}/security")).isOne();
		assertThat(Files.readString(log)).contains("Starting AOT-processed SampleApplication")
			.doesNotContain(simulator.clientSecret());
	}

	@Test
	void withoutSettingsTheAppRunsOnItsEmbeddedSimulatorAndSendsTheDriverToItsConnect(SmartcarSimulator simulator)
			throws Exception {
		int port = freePort();
		Path log = start("aot-on-embedded-simulator", port, List.of());
		HttpClient http = HttpClient.newHttpClient();

		HttpResponse<String> health = http.send(request("http://localhost:" + port + "/actuator/health"),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> login = http.send(request("http://localhost:" + port + "/oauth2/authorization/smartcar"),
				HttpResponse.BodyHandlers.ofString());
		URI authorize = URI.create(login.headers().firstValue("Location").orElseThrow());
		HttpResponse<String> consent = http.send(request(authorize.toString()), HttpResponse.BodyHandlers.ofString());

		assertThat(
				new JsonMapper().readTree(health.body()).path("components").path("smartcar").path("status").asString())
			.isEqualTo("UP");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(authorize.getPath()).isEqualTo("/oauth/authorize");
		assertThat(authorize.getPort()).as("the embedded simulator, not this test's").isNotEqualTo(simulator.port());
		assertThat(consent.statusCode()).isEqualTo(200);
		assertThat(consent.body()).contains("id=\"allow\"");
		for (SimulatedVehicle vehicle : simulator.vehicles()) {
			assertThat(consent.body()).containsIgnoringCase(vehicle.make()).contains(vehicle.model());
		}
		assertThat(Files.readString(log)).contains("Starting AOT-processed SampleApplication",
				"running on the embedded Smartcar simulator at " + authorize.getScheme() + "://"
						+ authorize.getAuthority());
	}

	/**
	 * Starts the jar AOT-processed on a port, with an in-memory token database, and waits
	 * until it answers.
	 * @return the file holding the app's output
	 */
	private Path start(String name, int port, List<String> arguments) throws Exception {
		Path jar = Path.of(System.getProperty("smartcarboot.test.sample-jar"));
		assertThat(jar).as("the packaged app; run the integration tests with mvn verify").exists();
		Path log = jar.resolveSibling(name + ".log");
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dspring.aot.enabled=true", "-jar",
				jar.toString(), "--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:" + name));
		command.addAll(arguments);
		Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		this.apps.add(app);
		awaitStarted(app, port, log);
		Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
		assertThat(started.find()).isTrue();
		System.out.println(name + ": the AOT-processed app started in " + started.group(1) + " s");
		return log;
	}

	private static void awaitStarted(Process app, int port, Path log) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!app.isAlive()) {
				fail("The app stopped with exit code " + app.exitValue() + ":%n" + Files.readString(log));
			}
			try {
				if (http
					.send(request("http://localhost:" + port + "/actuator/health"),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (ConnectException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		fail("The app did not answer within " + STARTUP_TIMEOUT + ":%n" + Files.readString(log));
	}

	private static HttpRequest request(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json, text/html").build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
