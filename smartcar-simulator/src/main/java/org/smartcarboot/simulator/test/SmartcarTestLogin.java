package org.smartcarboot.simulator.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signs the simulated driver in to an application over its real port, as a browser would:
 * {@code GET /oauth2/authorization/smartcar}, the simulator's consent page answered with
 * Allow ({@link SmartcarSimulator#allow(String)}), then the application's Connect
 * callback, which exchanges the code and stores the driver's tokens. For applications
 * that sign drivers in with Spring Security's {@code oauth2Login()} (Spring Boot's
 * default security does), in a {@code @SpringBootTest(webEnvironment =
 * RANDOM_PORT)} annotated with {@link AutoConfigureSmartcarSimulator}:
 *
 * <pre class="code">
 * RestTestClient driver = SmartcarTestLogin.signIn("http://localhost:" + port, simulator);
 * driver.get().uri("/odometers").exchange().expectStatus().isOk();
 * </pre>
 */
public final class SmartcarTestLogin {

	private static final String AUTHORIZATION_PATH = "/oauth2/authorization/smartcar";

	private SmartcarTestLogin() {
	}

	/**
	 * Signs the driver in and returns a client of the application carrying the driver's
	 * session. The client does not follow redirects, so a test sees each answer as the
	 * application gave it.
	 * @param applicationUrl the application's base URL, such as
	 * {@code http://localhost:8080}
	 * @param simulator the simulator the application is pointed at
	 * @return a client with the application's base URL and the session cookies
	 * @throws IllegalStateException when the application does not send the driver to the
	 * simulator's Connect, or its callback does not sign the driver in
	 */
	public static RestTestClient signIn(String applicationUrl, SmartcarSimulator simulator) {
		Map<String, String> cookies = sessionCookies(applicationUrl, simulator);
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return RestTestClient.bindToServer(new JdkClientHttpRequestFactory(http))
			.baseUrl(applicationUrl)
			.defaultCookies((defaults) -> cookies.forEach(defaults::add))
			.build();
	}

	/**
	 * Signs the driver in and returns the cookies of the driver's session, for clients
	 * other than {@link RestTestClient}, such as a browser driver.
	 * @param applicationUrl the application's base URL, such as
	 * {@code http://localhost:8080}
	 * @param simulator the simulator the application is pointed at
	 * @return the cookies the application set, by name (such as {@code JSESSIONID})
	 * @throws IllegalStateException when the application does not send the driver to the
	 * simulator's Connect, or its callback does not sign the driver in
	 */
	public static Map<String, String> sessionCookies(String applicationUrl, SmartcarSimulator simulator) {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(cookies)
			.build();
		URI application = URI.create(applicationUrl);
		HttpResponse<String> toConnect = get(browser,
				UriComponentsBuilder.fromUriString(applicationUrl).path(AUTHORIZATION_PATH).build().toUri());
		String authorization = redirect(toConnect)
			.filter((location) -> location.startsWith(simulator.baseUrl() + "/oauth/authorize"))
			.orElseThrow(() -> new IllegalStateException("GET " + AUTHORIZATION_PATH + " answered "
					+ toConnect.statusCode() + ", not a redirect to the simulator's Connect: does the application "
					+ "sign drivers in with oauth2Login(), and is it pointed at the simulator "
					+ "(@AutoConfigureSmartcarSimulator)?"));
		HttpResponse<String> signedIn = get(browser, URI.create(simulator.allow(authorization)));
		String landing = redirect(signedIn)
			.orElseThrow(() -> new IllegalStateException("The application answered the Connect callback with "
					+ signedIn.statusCode() + ", not with a redirect"));
		if (UriComponentsBuilder.fromUriString(landing).build().getQueryParams().containsKey("error")) {
			throw new IllegalStateException(
					"The application did not sign the driver in: its Connect callback " + "redirected to " + landing);
		}
		Map<String, String> session = new LinkedHashMap<>();
		for (HttpCookie cookie : cookies.getCookieStore().get(application)) {
			session.put(cookie.getName(), cookie.getValue());
		}
		return session;
	}

	private static Optional<String> redirect(HttpResponse<String> response) {
		boolean redirect = response.statusCode() >= 300 && response.statusCode() < 400;
		return redirect ? response.headers().firstValue("Location") : Optional.empty();
	}

	private static HttpResponse<String> get(HttpClient browser, URI uri) {
		try {
			return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"The application could not be reached at " + uri.getScheme() + "://" + uri.getAuthority(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while signing the driver in", ex);
		}
	}

}
