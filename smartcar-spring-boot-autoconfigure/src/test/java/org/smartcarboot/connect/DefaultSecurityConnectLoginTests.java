package org.smartcarboot.connect;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.TestBrowser;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.test.context.TestPropertySource;
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
		properties = { "smartcar.mode=simulated", "logging.level.org.smartcarboot=TRACE",
				"logging.level.org.springframework.security=DEBUG" })
@TestPropertySource(properties = "smartcar.scopes=read_vehicle_info,read_odometer")
@ExtendWith(QuietOutputCaptureExtension.class)
class DefaultSecurityConnectLoginTests extends SimulatorBackedTest {

	@LocalServerPort
	private int port;

	@Autowired
	private StoredTokens storedTokens;

	@Test
	void aDriverLogsInThroughConnectAndReadsTheirVehicles(CapturedOutput output) throws Exception {
		String app = "http://localhost:" + this.port;
		simulator().registerRedirectUri(app + "/login/oauth2/code/smartcar");
		TestBrowser browser = new TestBrowser(app);

		String authorize = browser.followToConnect(browser.get("/"));
		assertThat(authorize).startsWith(simulator().baseUrl() + "/oauth/authorize?")
			.contains("response_type=code", "client_id=simulator-client-id", "mode=simulated", "approval_prompt=auto",
					"scope=read_vehicle_info%20read_odometer")
			.doesNotContain("code_challenge");
		String callback = simulator().allow(authorize);
		assertThat(callback).startsWith(app + "/login/oauth2/code/smartcar?code=");
		HttpResponse<String> greeting = browser.get(TestBrowser.location(browser.get(callback)));

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
