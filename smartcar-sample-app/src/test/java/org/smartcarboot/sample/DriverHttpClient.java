package org.smartcarboot.sample;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.smartcarboot.simulator.SmartcarSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A driver's browser made of {@link HttpClient}: keeps cookies, never follows redirects
 * on its own, and walks the Smartcar Connect flow of the app, the simulator answering the
 * consent page.
 */
final class DriverHttpClient {

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final int MAX_REDIRECTS = 10;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager())
		.build();

	private final String appUrl;

	private final SmartcarSimulator simulator;

	/**
	 * Creates a client with no cookies.
	 * @param appUrl the app's base URL, such as {@code http://localhost:8080}
	 * @param simulator the simulator playing Smartcar
	 */
	DriverHttpClient(String appUrl, SmartcarSimulator simulator) {
		this.appUrl = appUrl;
		this.simulator = simulator;
	}

	/**
	 * Sends a GET to a path of the app, or to an absolute URL.
	 */
	HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", "text/html").GET().build());
	}

	/**
	 * Sends a form POST to a path of the app, or to an absolute URL.
	 */
	HttpResponse<String> postForm(String pathOrUrl, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(pathOrUrl))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Follows redirects by hand, with GETs, until a response is not a redirect.
	 */
	HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
		HttpResponse<String> current = response;
		for (int redirects = 0; isRedirect(current); redirects++) {
			assertThat(redirects).as("redirects followed").isLessThan(MAX_REDIRECTS);
			current = get(location(current).toString());
		}
		return current;
	}

	/**
	 * Starts Smartcar Connect on the app, has the simulator answer its consent page, and
	 * follows the redirects back through the app.
	 * @param consent answers the consent page of an authorization URL, such as
	 * {@code simulator::deny}
	 * @return the page the flow ends on
	 */
	HttpResponse<String> connect(UnaryOperator<String> consent) throws IOException, InterruptedException {
		URI authorization = location(get("/oauth2/authorization/smartcar"));
		assertThat(authorization.toString()).startsWith(this.simulator.baseUrl() + "/oauth/authorize");
		return follow(get(consent.apply(authorization.toString())));
	}

	/**
	 * Connects the simulated cars, allowing access, and checks the flow ends on the
	 * vehicles page.
	 * @return the vehicles page
	 */
	HttpResponse<String> signIn() throws IOException, InterruptedException {
		HttpResponse<String> vehicles = connect(this.simulator::allow);
		assertThat(vehicles.statusCode()).isEqualTo(200);
		assertThat(vehicles.uri().getPath()).isEqualTo("/vehicles");
		return vehicles;
	}

	/**
	 * Returns the CSRF token of the first form of a page.
	 */
	static String csrfToken(String html) {
		return find(CSRF_TOKEN, html);
	}

	/**
	 * Returns where a redirect points, resolved against the request's URI.
	 */
	static URI location(HttpResponse<?> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return response.uri().resolve(location);
	}

	/**
	 * Decodes the query of a URI, keeping every value of repeated parameters.
	 */
	static Map<String, List<String>> queryParameters(URI uri) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			parameters.computeIfAbsent(decode(nameAndValue[0]), (name) -> new ArrayList<>())
				.add((nameAndValue.length > 1) ? decode(nameAndValue[1]) : "");
		}
		return parameters;
	}

	private static boolean isRedirect(HttpResponse<?> response) {
		return response.statusCode() >= 300 && response.statusCode() < 400;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("/") ? this.appUrl + pathOrUrl : pathOrUrl);
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in %s", pattern, html).isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
