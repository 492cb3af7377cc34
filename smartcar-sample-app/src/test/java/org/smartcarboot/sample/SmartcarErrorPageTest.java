package org.smartcarboot.sample;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SimulatedVehicle.ChargeState;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.test.AutoConfigureSmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The friendly error pages of a signed-in driver, with the driver's navigation: a
 * Smartcar error (a Try again button only for errors that can pass), an invalid vehicle
 * id and an unknown page, never with a stack trace or Spring Boot's Whitelabel page; and
 * a single failed read, which marks its line unavailable instead. The simulator of
 * {@link AutoConfigureSmartcarSimulator} drops the faults of each test before the next.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureSmartcarSimulator
class SmartcarErrorPageTest {

	private static final String BATCH = "/v2.0/vehicles/{id}/batch";

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	@LocalServerPort
	private int port;

	@Autowired
	private SmartcarSimulator simulator;

	private DriverHttpClient driver;

	private String csrfToken;

	@BeforeEach
	void signIn() throws Exception {
		this.driver = new DriverHttpClient("http://localhost:" + this.port, this.simulator);
		this.csrfToken = DriverHttpClient.csrfToken(this.driver.signIn().body());
	}

	@Test
	void smartcarErrorRendersTheFriendlyPage() throws Exception {
		this.simulator.failEndpoint("POST", BATCH, SimulatedError.rateLimit(Duration.ofSeconds(30)));

		HttpResponse<String> page = this.driver.get("/vehicles");

		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(page.body())
			.contains("id=\"smartcar-error\"", "<dd id=\"error-status\">429</dd>",
					"<dd id=\"error-type\">RATE_LIMIT</dd>", "<dd id=\"error-code\">VEHICLE</dd>",
					"You have reached the throttling rate limit for this vehicle",
					"Your vehicle is temporarily unable to respond. Please try again later.")
			.containsPattern("<dd id=\"request-id\">[0-9a-f-]{36}</dd>")
			.contains("id=\"try-again\"", "id=\"logout\"");
		assertNoTechnicalDetails(page);
	}

	@Test
	void anUnknownVehicleIsANotFoundPageThatDoesNotSuggestTryingAgain() throws Exception {
		HttpResponse<String> page = this.driver.postForm("/vehicles/0b6a8f2e-3d4c-4e5f-9a1b-2c3d4e5f6a7b/lock",
				Map.of("_csrf", this.csrfToken));

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body())
			.contains("id=\"smartcar-error\"", "<dd id=\"error-type\">RESOURCE_NOT_FOUND</dd>",
					"This vehicle or feature is not available.", "id=\"back-to-vehicles\"", "id=\"logout\"")
			.doesNotContainIgnoringCase("try again")
			.doesNotContain("id=\"try-again\"");
		assertNoTechnicalDetails(page);
	}

	@Test
	void aRejectedTokenAsksTheDriverToReconnectFirst() throws Exception {
		this.simulator.failEndpoint("POST", BATCH, SimulatedError.authentication());

		HttpResponse<String> page = this.driver.get("/vehicles");

		assertThat(page.statusCode()).isEqualTo(502);
		assertThat(page.body()).contains("Please reconnect your vehicle.", "id=\"reconnect\" class=\"button\"")
			.doesNotContain("id=\"try-again\"");
	}

	@Test
	void failedReadMarksItsLineUnavailableAndTheRestOfThePageStays() throws Exception {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedError.rateLimit(Duration.ofSeconds(30)));

		HttpResponse<String> page = this.driver.get("/vehicles");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("id=\"smartcar-error\"", "<dd class=\"odometer\">");
		for (SimulatedVehicle vehicle : this.simulator.vehicles()) {
			assertThat(page.body()).contains("<dd class=\"vin\">" + vehicle.vin() + "</dd>");
		}
		assertThat(page.body()
			.split("<dd class=\"odometer unavailable\" title=\""
					+ "Your vehicle is temporarily unable to respond. Please try again later.\">Unavailable</dd>", -1))
			.as("an unavailable odometer line per car")
			.hasSize(this.simulator.vehicles().size() + 1);
		assertNoTechnicalDetails(page);
	}

	@Test
	void commandSmartcarRefusesRendersTheFriendlyPage() throws Exception {
		SimulatedVehicle unplugged = this.simulator.vehicles().get(1);
		unplugged.setPluggedIn(false);

		HttpResponse<String> page = this.driver.postForm("/vehicles/" + unplugged.id() + "/start-charge",
				Map.of("_csrf", this.csrfToken));

		assertThat(page.statusCode()).isEqualTo(502);
		assertThat(page.body()).contains("id=\"smartcar-error\"", "<dd id=\"error-status\">409</dd>",
				"<dd id=\"error-type\">VEHICLE_STATE</dd>", "<dd id=\"error-code\">CHARGING_PLUG_NOT_CONNECTED</dd>",
				"id=\"try-again\"");
		assertThat(unplugged.chargeState()).isEqualTo(ChargeState.NOT_CHARGING);
		assertNoTechnicalDetails(page);
	}

	@Test
	void invalidVehicleIdRendersTheBadRequestPage() throws Exception {
		HttpResponse<String> page = this.driver.postForm("/vehicles/not.a.vehicle/lock",
				Map.of("_csrf", this.csrfToken));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"error-page\"", "Invalid request", "id=\"logout\"")
			.doesNotContain("not.a.vehicle");
		assertNoTechnicalDetails(page);
	}

	@Test
	void unknownCommandRendersTheBadRequestPage() throws Exception {
		String vehicleId = this.simulator.vehicles().get(0).id();

		HttpResponse<String> page = this.driver.postForm("/vehicles/" + vehicleId + "/honk",
				Map.of("_csrf", this.csrfToken));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"error-page\"", "Invalid request");
		assertNoTechnicalDetails(page);
	}

	@Test
	void unknownPageRendersTheNotFoundPage() throws Exception {
		HttpResponse<String> page = this.driver.get("/no-such-page");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("id=\"error-page\"", "Page not found", "id=\"logout\"");
		assertNoTechnicalDetails(page);
	}

	private static void assertNoTechnicalDetails(HttpResponse<String> page) {
		assertThat(page.body()).doesNotContain("Whitelabel", "Exception", "\tat org.", "trace");
	}

}
