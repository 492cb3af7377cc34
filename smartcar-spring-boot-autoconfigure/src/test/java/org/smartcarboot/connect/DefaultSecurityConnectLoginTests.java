package org.smartcarboot.connect;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs in through Smartcar Connect (the simulator) on an application with no security
 * configuration of its own, over a real port: Spring Boot's default filter chain picks up
 * the starter's registration and Connect parameters, the signed-in driver's token reaches
 * the vehicle API, and neither the client secret nor a token reaches the log.
 */
@SpringBootTest(classes = { SmartcarTestApplication.class, DefaultSecurityConnectLoginTests.Greeting.class },
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "smartcar.mode=simulated", "smartcar.scopes=read_vehicle_info,read_odometer",
				"logging.level.org.smartcarboot=TRACE", "logging.level.org.springframework.security=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class DefaultSecurityConnectLoginTests extends SimulatorBackedTest {

	private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private StoredTokens storedTokens;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aDriverLogsInThroughConnectAndReadsTheirVehicles(CapturedOutput output) throws Exception {
		String app = "http://localhost:" + this.port;
		simulator().registerRedirectUri(app + "/login/oauth2/code/smartcar");

		HttpResponse<String> home = get(app + "/");
		assertThat(home.statusCode()).isEqualTo(302);
		String authorize = followToConnect(home);
		assertThat(authorize).startsWith(simulator().baseUrl() + "/oauth/authorize?")
			.contains("response_type=code", "client_id=simulator-client-id", "mode=simulated", "approval_prompt=auto",
					"scope=read_vehicle_info%20read_odometer")
			.doesNotContain("code_challenge");

		HttpResponse<String> consent = get(authorize);
		assertThat(consent.statusCode()).isEqualTo(200);
		HttpResponse<String> callback = post(simulator().baseUrl() + "/oauth/consent",
				"request_id=" + requestId(consent.body()) + "&decision=allow");
		String callbackUrl = callback.headers().firstValue("Location").orElseThrow();
		assertThat(callbackUrl).startsWith(app + "/login/oauth2/code/smartcar?code=");

		HttpResponse<String> signedIn = get(callbackUrl);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		HttpResponse<String> greeting = get(absolute(app, signedIn.headers().firstValue("Location").orElseThrow()));

		assertThat(greeting.statusCode()).isEqualTo(200);
		assertThat(greeting.body())
			.isEqualTo(simulator().userId() + " has " + simulator().vehicles().size() + " vehicles");
		assertThat(simulator().tokenRequestCount("authorization_code")).isEqualTo(1);

		OAuth2AuthorizedClient stored = this.storedTokens.load(simulator().userId());
		assertThat(output).contains("simulator-client-id")
			.doesNotContain(simulator().clientSecret())
			.doesNotContain(stored.getAccessToken().getTokenValue())
			.doesNotContain(stored.getRefreshToken().getTokenValue());
	}

	private String followToConnect(HttpResponse<String> response) throws IOException, InterruptedException {
		String app = "http://localhost:" + this.port;
		String location = response.headers().firstValue("Location").orElseThrow();
		while (location.startsWith(app) || location.startsWith("/")) {
			location = get(absolute(app, location)).headers().firstValue("Location").orElseThrow();
		}
		return location;
	}

	private static String absolute(String app, String location) {
		return location.startsWith("/") ? app + location : location;
	}

	private static String requestId(String consentPage) {
		Matcher matcher = REQUEST_ID.matcher(consentPage);
		assertThat(matcher.find()).as("consent page has a pending request id").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@RestController
	static class Greeting {

		private final SmartcarVehicleService smartcar;

		Greeting(SmartcarVehicleService smartcar) {
			this.smartcar = smartcar;
		}

		@GetMapping("/")
		String greet(@AuthenticationPrincipal OAuth2User driver) {
			return driver.getName() + " has " + this.smartcar.vehicleIds().size() + " vehicles";
		}

	}

}
