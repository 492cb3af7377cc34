package org.smartcarboot.connect;

import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.TestBrowser;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests re-authorization in web requests over a real port: a signed-in user whose refresh
 * token Smartcar rejects, or who never connected, is sent through Connect and lands back
 * on the page they asked for; a page that reads another driver's cars gets the
 * {@link SmartcarReauthorizationRequiredException} instead, and nobody is redirected.
 */
@SpringBootTest(
		classes = { SmartcarTestApplication.class, ReauthorizationInWebRequestsTests.FleetPages.class,
				FleetSecurity.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "smartcar.redirect-uri={baseUrl}/authorized/smartcar")
class ReauthorizationInWebRequestsTests extends SimulatorBackedTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private StoredTokens storedTokens;

	@Autowired
	private OAuth2AuthorizedClientService authorizedClients;

	private String app;

	private TestBrowser browser;

	@BeforeEach
	void signInAliceWithNoStoredTokens() throws Exception {
		this.authorizedClients.removeAuthorizedClient("smartcar", "alice");
		this.app = "http://localhost:" + this.port;
		simulator().registerRedirectUri(this.app + "/authorized/smartcar");
		this.browser = new TestBrowser(this.app);
		Matcher csrf = CSRF.matcher(this.browser.get("/login").body());
		assertThat(csrf.find()).as("login page has a CSRF token").isTrue();
		HttpResponse<String> signedIn = this.browser.post("/login",
				"username=alice&password=secret&_csrf=" + csrf.group(1));
		assertThat(TestBrowser.location(signedIn)).doesNotContain("error");
	}

	@Test
	void aSignedInUserWhoseRefreshTokenSmartcarRejectsReconnectsAndLandsBackOnThePage() throws Exception {
		IssuedTokens old = simulator().issueTokens();
		this.storedTokens.save("alice", old.accessToken(), "revoked-refresh-token", Duration.ofMinutes(-5));

		String authorize = this.browser.followToConnect(this.browser.get("/fleet?page=2"));

		assertThat(authorize).startsWith(simulator().baseUrl() + "/oauth/authorize?");
		assertThat(this.storedTokens.load("alice")).isNull();
		assertThat(simulator().tokenRequestCount("refresh_token")).isEqualTo(1);
		HttpResponse<String> page = afterConsent(authorize);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).isEqualTo("page 2: alice has " + simulator().vehicles().size() + " vehicles");
		assertThat(this.storedTokens.load("alice").getRefreshToken().getTokenValue())
			.isNotEqualTo("revoked-refresh-token");
	}

	@Test
	void aSignedInUserWhoNeverConnectedIsSentThroughConnectAndLandsBackOnThePage() throws Exception {
		String authorize = this.browser.followToConnect(this.browser.get("/fleet?page=3"));

		assertThat(authorize).startsWith(simulator().baseUrl() + "/oauth/authorize?");
		HttpResponse<String> page = afterConsent(authorize);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).isEqualTo("page 3: alice has " + simulator().vehicles().size() + " vehicles");
	}

	@Test
	void aPageReadingAnotherDriversCarsGetsTheExceptionAndNobodyIsRedirected() throws Exception {
		HttpResponse<String> page = this.browser.get("/drivers/bob");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).isEqualTo("bob must connect again");
		assertThat(simulator().requestCount("GET", "/v2.0/vehicles")).isZero();
	}

	private HttpResponse<String> afterConsent(String authorize) throws Exception {
		String callback = simulator().allow(authorize);
		assertThat(callback).startsWith(this.app + "/authorized/smartcar?code=");
		return this.browser.get(TestBrowser.location(this.browser.get(callback)));
	}

	@RestController
	static class FleetPages {

		private final SmartcarVehicleService smartcar;

		FleetPages(SmartcarVehicleService smartcar) {
			this.smartcar = smartcar;
		}

		@GetMapping("/fleet")
		String fleet(Principal user, @RequestParam int page) {
			return "page " + page + ": " + user.getName() + " has " + this.smartcar.vehicleIds().size() + " vehicles";
		}

		@GetMapping("/drivers/{name}")
		String driver(@PathVariable String name) {
			try {
				return name + " has " + this.smartcar.forUser(name).vehicleIds().size() + " vehicles";
			}
			catch (SmartcarReauthorizationRequiredException ex) {
				return ex.getPrincipalName() + " must connect again";
			}
		}

	}

}
