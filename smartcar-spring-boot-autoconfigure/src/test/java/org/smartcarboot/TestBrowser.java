package org.smartcarboot;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcarboot.simulator.SmartcarSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cookie-keeping HTTP client that plays a driver's browser between an application and
 * the Smartcar simulator, following redirects by hand so tests can look at each one.
 */
public final class TestBrowser {

	private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String app;

	/**
	 * Creates a browser for an application.
	 * @param app the application's base URL, such as {@code http://localhost:8080}
	 */
	public TestBrowser(String app) {
		this.app = app;
	}

	/**
	 * Sends a GET.
	 * @param url an absolute URL, or a path of the application
	 * @return the response
	 */
	public HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(absolute(url))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Sends a form POST.
	 * @param url an absolute URL, or a path of the application
	 * @param form the url-encoded form
	 * @return the response
	 */
	public HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(absolute(url)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Follows the application's redirects until one leaves it.
	 * @param response a redirect of the application
	 * @return the first URL outside the application
	 */
	public String followToConnect(HttpResponse<String> response) throws IOException, InterruptedException {
		String location = location(response);
		while (absolute(location).startsWith(this.app)) {
			location = location(get(location));
		}
		return location;
	}

	/**
	 * Opens Connect's consent page and answers it.
	 * @param simulator the simulator serving Connect
	 * @param authorizeUrl the authorization URL the application redirected to
	 * @param decision {@code allow} or {@code deny}
	 * @return the URL Connect redirects back to
	 */
	public String consent(SmartcarSimulator simulator, String authorizeUrl, String decision)
			throws IOException, InterruptedException {
		HttpResponse<String> page = get(authorizeUrl);
		assertThat(page.statusCode()).as("consent page").isEqualTo(200);
		Matcher requestId = REQUEST_ID.matcher(page.body());
		assertThat(requestId.find()).as("consent page has a pending request id").isTrue();
		return location(post(simulator.baseUrl() + "/oauth/consent",
				"request_id=" + requestId.group(1) + "&decision=" + decision));
	}

	/**
	 * Returns where a redirect points.
	 * @param response the redirect
	 * @return its {@code Location}
	 */
	public static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("redirect status of " + response.uri()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private String absolute(String url) {
		return url.startsWith("/") ? this.app + url : url;
	}

}
