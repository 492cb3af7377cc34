package org.smartcarboot.sample;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Smartcar Connect login of the sample app over its real port, on the embedded
 * simulator, with redirects followed by hand.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ConnectLoginFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private SmartcarSimulator simulator;

	private DriverHttpClient driver;

	@BeforeEach
	void newDriver() {
		this.driver = new DriverHttpClient("http://localhost:" + this.port, this.simulator);
	}

	@Test
	void authorizationRedirectCarriesConnectParametersAndNoOthers() throws Exception {
		HttpResponse<String> response = this.driver
			.get("/oauth2/authorization/smartcar?make=TESLA&single_select=true&force=true&user=driver-7&evil=1");

		assertThat(response.statusCode()).isEqualTo(302);
		URI authorize = DriverHttpClient.location(response);
		assertThat(authorize.toString()).startsWith(this.simulator.baseUrl() + "/oauth/authorize?");
		Map<String, List<String>> query = DriverHttpClient.queryParameters(authorize);
		assertThat(query).containsEntry("response_type", List.of("code"))
			.containsEntry("client_id", List.of(this.simulator.clientId()))
			.containsEntry("redirect_uri", List.of("http://localhost:" + this.port + "/login/oauth2/code/smartcar"))
			.containsEntry("mode", List.of("live"))
			.containsEntry("approval_prompt", List.of("force"))
			.containsEntry("make", List.of("TESLA"))
			.containsEntry("single_select", List.of("true"))
			.containsEntry("user", List.of("driver-7"))
			.doesNotContainKeys("evil", "code_challenge", "code_challenge_method", "force");
		assertThat(query.get("scope")).singleElement()
			.satisfies((scope) -> assertThat(scope.split(" ")).containsExactlyInAnyOrder("read_vehicle_info",
					"read_vin", "read_odometer", "read_location", "read_security", "read_tires", "read_battery",
					"read_charge", "read_fuel", "control_security", "control_charge"));
		assertThat(query.get("state")).singleElement().asString().isNotBlank();
	}

	@Test
	void singleSelectVinImpliesSingleSelectOnce() throws Exception {
		String vin = this.simulator.vehicles().get(1).vin();

		HttpResponse<String> response = this.driver
			.get("/oauth2/authorization/smartcar?single_select=true&single_select_vin=" + vin);

		assertThat(response.statusCode()).isEqualTo(302);
		Map<String, List<String>> query = DriverHttpClient.queryParameters(DriverHttpClient.location(response));
		assertThat(query).containsEntry("single_select_vin", List.of(vin))
			.containsEntry("single_select", List.of("true"))
			.containsEntry("approval_prompt", List.of("auto"));
	}

	@Test
	void denyingAccessEndsOnTheConnectErrorPage() throws Exception {
		HttpResponse<String> page = this.driver.connect(this.simulator::deny);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/connect-error");
		assertThat(page.uri().getQuery()).isEqualTo("error=access_denied");
		assertThat(page.body()).contains("id=\"connect-error\"", "You declined access",
				"You chose not to share your vehicle with this app");
		assertThat(this.driver.get("/vehicles").statusCode()).as("still signed out").isEqualTo(302);
	}

	@Test
	void allowingAccessEndsOnTheVehiclesPageListingEveryCar() throws Exception {
		HttpResponse<String> page = this.driver.signIn();

		for (SimulatedVehicle vehicle : this.simulator.vehicles()) {
			assertThat(page.body()).contains(">" + vehicle.model() + "<", ">" + vehicle.vin() + "<");
		}
		assertThat(page.body()).contains(">Tesla<", ">Ford<", ">Volkswagen<", ">Toyota<")
			.doesNotContain(">TESLA<")
			.contains("id=\"logout\"");
	}

	@Test
	void theConsentPageNamesTheApp() throws Exception {
		URI authorization = DriverHttpClient.location(this.driver.get("/oauth2/authorization/smartcar"));

		assertThat(this.driver.get(authorization.toString()).body())
			.contains("<span id=\"app-name\">Smartcar sample</span> wants to access your vehicles");
	}

	@Test
	void aDriverWhoIsNotSignedInIsAskedToSignInForTheVehiclesPage() throws Exception {
		HttpResponse<String> redirect = this.driver.get("/vehicles");

		assertThat(redirect.statusCode()).isEqualTo(302);
		HttpResponse<String> page = this.driver.follow(redirect);
		assertThat(page.uri().getPath()).isEqualTo("/");
		assertThat(page.body()).contains("id=\"sign-in-required\"", "Please sign in", "id=\"connect\"")
			.doesNotContain("id=\"logout\"", "id=\"signed-out\"");
		assertThat(this.driver.get("/").body()).doesNotContain("id=\"sign-in-required\"");
	}

	@Test
	void anAddressThatDoesNotExistIsANotFoundPageWithoutSigningIn() throws Exception {
		HttpResponse<String> page = this.driver.get("/no-such-page");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("id=\"error-page\"", "Page not found").doesNotContain("id=\"logout\"");
	}

	@Test
	void loggingOutSaysTheDriverIsSignedOut() throws Exception {
		String csrfToken = DriverHttpClient.csrfToken(this.driver.signIn().body());

		HttpResponse<String> page = this.driver.follow(this.driver.postForm("/logout", Map.of("_csrf", csrfToken)));

		assertThat(page.uri().getPath()).isEqualTo("/");
		assertThat(page.body()).contains("id=\"signed-out\"", "You are signed out.").doesNotContain("id=\"logout\"");
		assertThat(this.driver.get("/vehicles").statusCode()).as("signed out").isEqualTo(302);
	}

	@Test
	void unknownConnectErrorGetsTheGenericExplanationWithoutEchoingIt() throws Exception {
		HttpResponse<String> page = this.driver.get("/connect-error?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"connect-error\"", "Something went wrong while connecting your vehicle")
			.doesNotContain("alert(1)", "&lt;script");
	}

}
