package org.smartcarboot.connect;

import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.TestBrowser;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with its own login that uses Smartcar Connect only to authorize access
 * to a signed-in user's cars ({@code oauth2Client()}, no {@code oauth2Login()}), as a
 * fleet application would: the first Smartcar call sends the user to Connect, the tokens
 * are stored under the application's user name, and that name serves background calls.
 */
@SpringBootTest(
		classes = { SmartcarTestApplication.class, ConnectForSignedInUsersTests.FleetApplication.class,
				FleetSecurity.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "smartcar.redirect-uri={baseUrl}/authorized/smartcar")
class ConnectForSignedInUsersTests extends SimulatorBackedTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private SmartcarVehicleService smartcar;

	@Test
	void theFirstSmartcarCallSendsTheSignedInUserToConnectAndTheTokensAreKeptUnderTheirName() throws Exception {
		String app = "http://localhost:" + this.port;
		simulator().registerRedirectUri(app + "/authorized/smartcar");
		TestBrowser browser = new TestBrowser(app);
		signIn(browser, "alice");

		String authorize = browser.followToConnect(browser.get("/fleet"));
		assertThat(authorize).startsWith(simulator().baseUrl() + "/oauth/authorize?").contains("mode=live");
		String callback = simulator().allow(authorize);
		assertThat(callback).startsWith(app + "/authorized/smartcar?code=");
		HttpResponse<String> fleet = browser.get(TestBrowser.location(browser.get(callback)));

		assertThat(fleet.statusCode()).isEqualTo(200);
		assertThat(fleet.body()).isEqualTo("alice: " + simulator().vehicles().size() + " vehicles");
		assertThat(this.smartcar.forUser("alice").vehicleIds()).hasSize(simulator().vehicles().size());
	}

	private static void signIn(TestBrowser browser, String user) throws Exception {
		Matcher csrf = CSRF.matcher(browser.get("/login").body());
		assertThat(csrf.find()).as("login page has a CSRF token").isTrue();
		HttpResponse<String> signedIn = browser.post("/login",
				"username=" + user + "&password=secret&_csrf=" + csrf.group(1));
		assertThat(TestBrowser.location(signedIn)).doesNotContain("error");
	}

	@RestController
	static class FleetApplication {

		private final SmartcarVehicleService smartcar;

		FleetApplication(SmartcarVehicleService smartcar) {
			this.smartcar = smartcar;
		}

		@GetMapping("/fleet")
		String fleet(Principal user) {
			return user.getName() + ": " + this.smartcar.vehicleIds().size() + " vehicles";
		}

	}

}
