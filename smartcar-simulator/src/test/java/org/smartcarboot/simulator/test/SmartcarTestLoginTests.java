package org.smartcarboot.simulator.test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link SmartcarTestLogin} against an application played by WireMock at the
 * HTTP level, as Spring Security's {@code oauth2Login()} answers: a redirect to Connect
 * with a session cookie, then a callback that changes the session. The starter's tests
 * sign in to real Spring Boot applications.
 */
class SmartcarTestLoginTests {

	private static final String CALLBACK = "/login/oauth2/code/smartcar";

	private final SmartcarSimulator simulator = new SmartcarSimulator().start();

	private final WireMockServer application = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	private String applicationUrl;

	@AfterEach
	void stop() {
		this.application.stop();
		this.simulator.stop();
	}

	@Test
	void signsInThroughConnectAndKeepsTheNewSession() {
		startApplication("/");
		this.application.stubFor(get("/me").withCookie("JSESSIONID", equalTo("signed-in"))
			.willReturn(aResponse().withStatus(200).withBody("driver")));

		assertThat(SmartcarTestLogin.sessionCookies(this.applicationUrl, this.simulator))
			.containsExactly(entry("JSESSIONID", "signed-in"));
		SmartcarTestLogin.signIn(this.applicationUrl, this.simulator)
			.get()
			.uri("/me")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("driver");
	}

	@Test
	void callbackRedirectingToAnErrorIsNoSignIn() {
		startApplication("/login?error");

		assertThatIllegalStateException()
			.isThrownBy(() -> SmartcarTestLogin.sessionCookies(this.applicationUrl, this.simulator))
			.withMessage("The application did not sign the driver in: its Connect callback redirected to /login?error");
	}

	@Test
	void applicationNotSendingToConnectIsNamed() {
		this.application.start();

		assertThatIllegalStateException()
			.isThrownBy(() -> SmartcarTestLogin.sessionCookies(this.application.baseUrl(), this.simulator))
			.withMessageStartingWith(
					"GET /oauth2/authorization/smartcar answered 404, not a redirect to the " + "simulator's Connect");
	}

	/**
	 * Starts the application: its authorization endpoint sends to the simulator's Connect
	 * with a first session, its callback signs in with a new session and redirects.
	 * @param landing where the callback redirects
	 */
	private void startApplication(String landing) {
		this.application.start();
		this.applicationUrl = "http://localhost:" + this.application.port();
		String callback = this.applicationUrl + CALLBACK;
		this.simulator.registerRedirectUri(callback);
		String authorization = UriComponentsBuilder.fromUriString(this.simulator.baseUrl())
			.path("/oauth/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", this.simulator.clientId())
			.queryParam("redirect_uri", callback)
			.queryParam("scope", "read_odometer")
			.queryParam("state", "state-1")
			.encode()
			.build()
			.toUriString();
		this.application.stubFor(get("/oauth2/authorization/smartcar").willReturn(aResponse().withStatus(302)
			.withHeader("Location", authorization)
			.withHeader("Set-Cookie", "JSESSIONID=before-login; Path=/; HttpOnly")));
		this.application.stubFor(get(urlPathEqualTo(CALLBACK)).withQueryParam("code", matching(".+"))
			.withQueryParam("state", equalTo("state-1"))
			.withCookie("JSESSIONID", equalTo("before-login"))
			.willReturn(aResponse().withStatus(302)
				.withHeader("Location", landing)
				.withHeader("Set-Cookie", "JSESSIONID=signed-in; Path=/; HttpOnly")));
	}

}
