package org.smartcarboot.error;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.autoconfigure.SmartcarProblemDetailsExceptionHandler;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests, over a real port, that a {@link SmartcarException} a controller lets through is
 * answered with a problem detail whose status follows the Smartcar error, that a browser
 * page gets the error page with that status instead, that each answer logs one line
 * without a stack trace (but a validation error, a bug of the application), and that an
 * {@code @ExceptionHandler} of the application wins.
 */
@SpringBootTest(
		classes = { SmartcarTestApplication.class, SmartcarProblemDetailsTests.VehiclePages.class,
				SmartcarProblemDetailsTests.FleetPages.class, SmartcarProblemDetailsTests.FleetErrors.class,
				SmartcarProblemDetailsTests.OpenSecurity.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "smartcar.retry.enabled=false")
class SmartcarProblemDetailsTests extends SimulatorBackedTest {

	private static final String DRIVER = "driver-1";

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	private final HttpClient http = HttpClient.newHttpClient();

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final Logger handlerLogger = (Logger) LoggerFactory.getLogger(SmartcarProblemDetailsExceptionHandler.class);

	@LocalServerPort
	private int port;

	@Autowired
	private StoredTokens storedTokens;

	private String vehicleId;

	@BeforeEach
	void connectADriverAndRecordTheHandlersLog() {
		IssuedTokens tokens = simulator().issueTokens();
		this.storedTokens.save(DRIVER, tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn());
		this.vehicleId = simulator().vehicles().get(0).id();
		this.log.start();
		this.handlerLogger.addAppender(this.log);
		this.handlerLogger.setAdditive(false);
	}

	@AfterEach
	void healTheSimulatorAndRestoreTheLog() {
		simulator().resetFaults();
		this.handlerLogger.detachAppender(this.log);
		this.handlerLogger.setAdditive(true);
	}

	static List<Arguments> smartcarErrors() {
		return List.of(Arguments.of(SimulatedError.vehicleState("ASLEEP"), 409, "Vehicle state prevents the request"),
				Arguments.of(SimulatedError.connectedServicesAccount("SUBSCRIPTION"), 409,
						"Vehicle owner's account needs attention"),
				Arguments.of(SimulatedError.permission(), 403, "Smartcar permission not granted"),
				Arguments.of(SimulatedError.resourceNotFound("PATH", "The vehicle was not found."), 404,
						"Not found at Smartcar"),
				Arguments.of(SimulatedError.vehicleNotCapable(), 422, "Vehicle not capable"),
				Arguments.of(SimulatedError.upstream("NO_RESPONSE"), 502, "Smartcar or the vehicle maker failed"),
				Arguments.of(SimulatedError.serverError(), 502, "Smartcar or the vehicle maker failed"),
				Arguments.of(SimulatedError.of(504, "UPSTREAM", "NO_RESPONSE", "The maker did not answer in time."),
						504, "Smartcar or the vehicle maker failed"),
				Arguments.of(SimulatedError.billing("VEHICLE_REQUEST_LIMIT"), 502, "Smartcar plan limit reached"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("smartcarErrors")
	void aSmartcarErrorIsAnsweredWithAProblemDetail(SimulatedError error, int status, String title) throws Exception {
		simulator().failEndpoint("GET", ODOMETER, error);

		HttpResponse<String> response = get(odometerPath(), "application/json");

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = new JsonMapper().readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isEqualTo(title);
		assertThat(problem.path("detail").asString()).isEqualTo(error.description());
		assertThat(problem.path("instance").asString()).isEqualTo(odometerPath());
		assertThat(problem.path("smartcar").path("type").asString()).isEqualTo(error.type());
		assertThat(problem.path("smartcar").optional("code").map(JsonNode::asString))
			.isEqualTo(Optional.ofNullable(error.code()));
		assertThat(problem.path("smartcar").path("requestId").asString()).isNotBlank();
		assertThat(response.headers().firstValue("Retry-After")).isEmpty();
		assertThat(this.log.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getThrowableProxy()).isNull();
			assertThat(event.getFormattedMessage()).startsWith("GET " + odometerPath() + " answered " + status
					+ ", Smartcar error " + error.status() + " " + error.type());
		});
	}

	@Test
	void aRateLimitIsAnswered429WithRetryAfter() throws Exception {
		simulator().failEndpoint("GET", ODOMETER, SimulatedError.rateLimit(Duration.ofSeconds(120)));

		HttpResponse<String> response = get(odometerPath(), "*/*");

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("120");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = new JsonMapper().readTree(response.body());
		assertThat(problem.path("title").asString()).isEqualTo("Smartcar rate limit reached");
		assertThat(problem.path("smartcar").path("type").asString()).isEqualTo("RATE_LIMIT");
		assertThat(problem.path("smartcar").path("code").asString()).isEqualTo("VEHICLE");
	}

	@Test
	void aDriverWhoMustConnectAgainIsAnswered403WithoutNamingThePrincipal() throws Exception {
		HttpResponse<String> response = get("/drivers/never-connected/vehicles/" + this.vehicleId + "/odometer",
				"application/json");

		assertThat(response.statusCode()).isEqualTo(403);
		JsonNode problem = new JsonMapper().readTree(response.body());
		assertThat(problem.path("title").asString()).isEqualTo("Smartcar authorization required");
		assertThat(problem.path("detail").asString())
			.isEqualTo("The driver must connect the vehicle again through Smartcar Connect.");
		assertThat(problem.path("smartcar").path("resolution").asString()).isEqualTo("REAUTHENTICATE");
		assertThat(response.body()).doesNotContain("principal");
	}

	@Test
	void aValidationErrorIsTheApplicationsBugAnswered500AndLoggedWithItsStackTrace() throws Exception {
		simulator().failEndpoint("GET", ODOMETER, SimulatedError.validation("Parameter limit is invalid."));

		HttpResponse<String> response = get(odometerPath(), "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		JsonNode problem = new JsonMapper().readTree(response.body());
		assertThat(problem.path("title").asString()).isEqualTo("Smartcar refused the application's request");
		assertThat(problem.path("detail").asString())
			.isEqualTo("Smartcar refused a request of the application as invalid.");
		assertThat(this.log.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.ERROR);
			assertThat(event.getThrowableProxy().getClassName()).isEqualTo(SmartcarValidationException.class.getName());
		});
	}

	@Test
	void aBrowserPageGetsTheErrorPageWithTheStatus() throws Exception {
		simulator().failEndpoint("GET", ODOMETER, SimulatedError.rateLimit(Duration.ofSeconds(30)));

		HttpResponse<String> response = get(odometerPath(),
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Whitelabel Error Page").contains("status=429");
		assertThat(this.log.list).singleElement()
			.satisfies((event) -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
	}

	@Test
	void anExceptionHandlerOfTheApplicationWins() throws Exception {
		simulator().failEndpoint("GET", ODOMETER, SimulatedError.vehicleState("ASLEEP"));

		HttpResponse<String> response = get("/fleet/" + this.vehicleId + "/odometer", "application/json");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).isEqualTo("fleet page failed: SmartcarVehicleStateException");
		assertThat(this.log.list).isEmpty();
	}

	private String odometerPath() {
		return "/drivers/" + DRIVER + "/vehicles/" + this.vehicleId + "/odometer";
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class VehiclePages {

		private final SmartcarVehicleService smartcar;

		VehiclePages(SmartcarVehicleService smartcar) {
			this.smartcar = smartcar;
		}

		@GetMapping("/drivers/{driver}/vehicles/{id}/odometer")
		double odometer(@PathVariable String driver, @PathVariable String id) {
			return this.smartcar.forUser(driver).vehicle(id).odometer().value().distance();
		}

	}

	@RestController
	static class FleetPages {

		private final SmartcarVehicleService smartcar;

		FleetPages(SmartcarVehicleService smartcar) {
			this.smartcar = smartcar;
		}

		@GetMapping("/fleet/{id}/odometer")
		double odometer(@PathVariable String id) {
			return this.smartcar.forUser(DRIVER).vehicle(id).odometer().value().distance();
		}

	}

	/**
	 * The application's own handler of every exception of the fleet pages, with no order
	 * of its own.
	 */
	@ControllerAdvice(assignableTypes = FleetPages.class)
	static class FleetErrors {

		@ExceptionHandler(Exception.class)
		ResponseEntity<String> failed(Exception ex) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body("fleet page failed: " + ex.getClass().getSimpleName());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OpenSecurity {

		@Bean
		SecurityFilterChain openFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

}
