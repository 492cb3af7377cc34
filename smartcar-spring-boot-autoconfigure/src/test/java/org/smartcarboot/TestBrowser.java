package org.smartcarboot;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cookie-keeping HTTP client that plays a driver's browser on an application, following
 * redirects by hand so tests can look at each one; the simulator answers Connect's
 * consent page.
 */
public final class TestBrowser {

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
