package org.smartcarboot.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the consent page of simulated Connect over HTTP, as a driver clicking Allow or
 * Deny would, for tests that walk an application's login flow without a browser.
 */
final class ConsentDriver {

	private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Opens the consent page of an authorization URL and posts a decision.
	 * @param authorizationUrl the {@code /oauth/authorize} URL an application redirected
	 * to
	 * @param decision {@code allow} or {@code deny}
	 * @return the URL Connect redirects back to
	 * @throws IllegalStateException when Connect answers with an error page or no
	 * redirect
	 */
	String answer(String authorizationUrl, String decision) {
		URI authorization = URI.create(authorizationUrl);
		HttpResponse<String> page = send(HttpRequest.newBuilder(authorization).GET().build());
		String requestId = (page.statusCode() == 200) ? requestId(page.body()).orElse(null) : null;
		if (requestId == null) {
			throw new IllegalStateException(
					"Connect showed no consent page (" + page.statusCode() + "): " + page.body());
		}
		String form = "request_id=" + URLEncoder.encode(requestId, StandardCharsets.UTF_8) + "&decision=" + decision;
		HttpResponse<String> redirect = send(HttpRequest.newBuilder(authorization.resolve("/oauth/consent"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		return redirect.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException(
					"Connect did not redirect (" + redirect.statusCode() + "): " + redirect.body()));
	}

	/**
	 * Reads the pending request id a consent page posts back.
	 * @param consentPage the page's HTML
	 * @return the id, or empty when the page has none
	 */
	static Optional<String> requestId(String consentPage) {
		Matcher matcher = REQUEST_ID.matcher(consentPage);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Connect could not be reached at " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while answering Connect", ex);
		}
	}

}
