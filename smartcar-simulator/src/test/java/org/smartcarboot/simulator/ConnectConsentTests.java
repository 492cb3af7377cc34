package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.smartcarboot.simulator.SimulatorClient.REDIRECT_URI;
import static org.smartcarboot.simulator.SimulatorClient.authorizeParameters;
import static org.smartcarboot.simulator.SimulatorClient.queryParameters;
import static org.smartcarboot.simulator.SimulatorClient.redirectParameters;

/**
 * Tests for simulated Connect: {@code GET /oauth/authorize} and
 * {@code POST /oauth/consent}.
 */
class ConnectConsentTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension(
			new SmartcarSimulator().registerRedirectUri(REDIRECT_URI)
				.registerRedirectUri("http://localhost:8080/callback?tenant=a"));

	private final SimulatorClient client = new SimulatorClient(smartcar.simulator());

	private final Map<String, String> parameters = authorizeParameters(smartcar.simulator(), "xyz");

	@Test
	void consentPageNamesTheAppAndListsCarsPermissionsInWordsAndTheMode() {
		this.parameters.put("mode", "test");
		HttpResponse<String> page = this.client.authorize(this.parameters);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("text/html"));
		assertThat(page.body()).contains("<title>Smartcar Connect (simulator)</title>", "<style>")
			.contains("<h1><span id=\"app-name\">Your app</span> wants to access your vehicles</h1>")
			.contains("<li><strong>Tesla Model 3</strong> 2021<span class=\"vin\">VIN 5YJ3E1EA7MF000316</span></li>",
					"<strong>Ford Mustang Mach-E</strong> 2022", "<strong>Volkswagen ID.4</strong> 2023",
					"<strong>Toyota RAV4</strong> 2020")
			.contains("<li>Make, model and year</li>", "<li>Odometer (required)</li>")
			.doesNotContain("read_vehicle_info", "read_odometer")
			.contains("Mode: <strong id=\"mode\">simulated</strong>", "<span id=\"requested-mode\">test</span>")
			.contains("<form method=\"post\" action=\"/oauth/consent\">")
			.contains("<button id=\"allow\" name=\"decision\" value=\"allow\">Allow</button>")
			.contains("<button id=\"deny\" class=\"secondary\" name=\"decision\" value=\"deny\">Deny</button>");
		assertThat(SimulatorClient.requestId(page)).isNotBlank();
	}

	@Test
	void consentPageShowsTheApplicationNameTheSimulatorIsGiven() {
		smartcar.simulator().setApplicationName("Acme <Fleet>");
		try {
			assertThat(this.client.authorize(this.parameters).body())
				.contains("<span id=\"app-name\">Acme &lt;Fleet&gt;</span>");
		}
		finally {
			smartcar.simulator().setApplicationName("Your app");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> smartcar.simulator().setApplicationName(" "))
			.withMessageContaining("applicationName");
	}

	@Test
	void everyPermissionOfTheVehicleApiHasWords() {
		for (String permission : Capability.permissions()) {
			assertThat(ConnectPermissions.describe(permission)).as(permission)
				.isNotEqualTo(permission)
				.doesNotContain("_");
			assertThat(ConnectPermissions.describe("required:" + permission))
				.isEqualTo(ConnectPermissions.describe(permission) + " (required)");
		}
	}

	@Test
	void allowAndDenyAnswerTheConsentPageForATest() {
		String authorizationUrl = smartcar.simulator().baseUrl() + "/oauth/authorize?"
				+ SimulatorClient.query(this.parameters);

		Map<String, String> allowed = queryParameters(smartcar.simulator().allow(authorizationUrl));
		Map<String, String> denied = queryParameters(smartcar.simulator().deny(authorizationUrl));

		assertThat(allowed).containsKey("code").containsEntry("state", "xyz");
		assertThat(denied).containsEntry("error", "access_denied").containsEntry("state", "xyz");
		this.parameters.put("client_id", "someone-else");
		String refused = smartcar.simulator().baseUrl() + "/oauth/authorize?" + SimulatorClient.query(this.parameters);
		assertThatIllegalStateException().isThrownBy(() -> smartcar.simulator().allow(refused))
			.withMessageContaining("no consent page (400)");
	}

	@Test
	void theModeIsSimulatedAndTheRequestedModeDefaultsToLive() {
		assertThat(this.client.authorize(this.parameters).body()).contains("<strong id=\"mode\">simulated</strong>")
			.contains("<span id=\"requested-mode\">live</span>");
		this.parameters.put("mode", "simulated");
		assertThat(this.client.authorize(this.parameters).body()).contains("<strong id=\"mode\">simulated</strong>")
			.doesNotContain("requested-mode");
	}

	@Test
	void singleSelectVinShowsOnlyThatCar() {
		this.parameters.put("single_select_vin", "3FMTK3SU5NMA00842");
		this.parameters.put("make", "TESLA");
		assertThat(this.client.authorize(this.parameters).body()).contains("Ford Mustang Mach-E")
			.doesNotContain("Tesla Model 3")
			.doesNotContain("Volkswagen ID.4");
	}

	@Test
	void makeShowsOnlyThatMakeIgnoringCase() {
		this.parameters.put("make", "volkswagen");
		assertThat(this.client.authorize(this.parameters).body()).contains("Volkswagen ID.4")
			.doesNotContain("Tesla Model 3")
			.doesNotContain("Ford Mustang Mach-E");
	}

	@Test
	void echoedValuesAreHtmlEscaped() {
		this.parameters.put("scope", "<script>alert('x')</script>");
		this.parameters.put("mode", "\"><b>");
		String body = this.client.authorize(this.parameters).body();
		assertThat(body).doesNotContain("<script>", "<b>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&quot;&gt;&lt;b&gt;");
	}

	@Test
	void unknownClientIdGetsAnErrorPage() {
		this.parameters.put("client_id", "someone-else");
		assertErrorPage(this.client.authorize(this.parameters), "client_id", "someone-else");
	}

	@Test
	void unregisteredRedirectUriGetsAnErrorPage() {
		this.parameters.put("redirect_uri", "https://evil.example/callback");
		assertErrorPage(this.client.authorize(this.parameters), "redirect_uri", "https://evil.example/callback");
	}

	@Test
	void redirectUriMustMatchExactly() {
		this.parameters.put("redirect_uri", REDIRECT_URI + "/");
		assertErrorPage(this.client.authorize(this.parameters), "redirect_uri");
	}

	@Test
	void wrongResponseTypeGetsAnErrorPage() {
		this.parameters.put("response_type", "token");
		assertErrorPage(this.client.authorize(this.parameters), "response_type", "token");
	}

	@Test
	void allowRedirectsWithCodeAndState() {
		HttpResponse<String> redirect = this.client.decide(this.client.authorize(this.parameters), "allow");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith(REDIRECT_URI + "?code="));
		Map<String, String> query = redirectParameters(redirect);
		assertThat(query).containsOnlyKeys("code", "state").containsEntry("state", "xyz");
		assertThat(query.get("code")).isNotBlank();
	}

	@Test
	void denyRedirectsWithAccessDenied() {
		this.parameters.put("state", "a b&c");
		HttpResponse<String> redirect = this.client.decide(this.client.authorize(this.parameters), "deny");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).hasValue(REDIRECT_URI
				+ "?error=access_denied&error_description=User%20denied%20access%20to%20application.&state=a%20b%26c");
		assertThat(redirectParameters(redirect)).containsEntry("error", "access_denied")
			.containsEntry("error_description", "User denied access to application.")
			.containsEntry("state", "a b&c")
			.doesNotContainKey("code");
	}

	@Test
	void redirectUriWithQueryGetsParametersAppended() {
		this.parameters.put("redirect_uri", "http://localhost:8080/callback?tenant=a");
		HttpResponse<String> redirect = this.client.decide(this.client.authorize(this.parameters), "allow");
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith("http://localhost:8080/callback?tenant=a&code="));
		assertThat(redirectParameters(redirect)).containsEntry("tenant", "a").containsKey("code");
	}

	@Test
	void stateIsOmittedWhenNotSent() {
		this.parameters.remove("state");
		HttpResponse<String> redirect = this.client.decide(this.client.authorize(this.parameters), "allow");
		assertThat(redirectParameters(redirect)).containsOnlyKeys("code");
	}

	@Test
	void pendingRequestIsSingleUse() {
		HttpResponse<String> page = this.client.authorize(this.parameters);
		assertThat(this.client.decide(page, "allow").statusCode()).isEqualTo(302);
		assertErrorPage(this.client.decide(page, "allow"), "already answered");
	}

	@Test
	void unknownPendingRequestGetsAnErrorPage() {
		HttpResponse<String> response = this.client.postForm("/oauth/consent",
				Map.of("request_id", "no-such-request", "decision", "allow"));
		assertErrorPage(response, "no-such-request");
	}

	private static void assertErrorPage(HttpResponse<String> response, String... mentions) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("text/html"));
		assertThat(response.body()).contains("<p id=\"error\">").contains(mentions).doesNotContain("id=\"allow\"");
	}

}
