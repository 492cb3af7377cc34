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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A driver's browser made of {@link HttpClient}: keeps cookies, never follows redirects
 * on its own, and walks the Smartcar Connect flow against the app and the simulator.
 */
final class DriverHttpClient {

	private static final Pattern PENDING_REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final int MAX_REDIRECTS = 10;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager())
		.build();

	private final String appUrl;

	private final String simulatorUrl;

	/**
	 * Creates a client with no cookies.
	 * @param appUrl the app's base URL, such as {@code http://localhost:8080}
	 * @param simulatorUrl the simulator's base URL
	 */
	DriverHttpClient(String appUrl, String simulatorUrl) {
		this.appUrl = appUrl;
		this.simulatorUrl = simulatorUrl;
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
	 * Starts Smartcar Connect on the app and follows it to the simulator's consent page.
	 */
	HttpResponse<String> openConsentPage() throws IOException, InterruptedException {
		HttpResponse<String> consent = follow(get("/oauth2/authorization/smartcar"));
		assertThat(consent.statusCode()).isEqualTo(200);
		assertThat(consent.uri().toString()).startsWith(this.simulatorUrl + "/oauth/authorize");
		return consent;
	}

	/**
	 * Answers the consent page the way its {@code #allow} or {@code #deny} button does,
	 * and follows the redirects back through the app.
	 * @param consentPage the consent page
	 * @param decision {@code allow} or {@code deny}
	 * @return the page the flow ends on
	 */
	HttpResponse<String> decide(HttpResponse<String> consentPage, String decision)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("request_id", find(PENDING_REQUEST_ID, consentPage.body()));
		form.put("decision", decision);
		return follow(postForm(this.simulatorUrl + "/oauth/consent", form));
	}

	/**
	 * Connects the simulated cars, allowing access, and checks the flow ends on the
	 * vehicles page.
	 * @return the vehicles page
	 */
	HttpResponse<String> signIn() throws IOException, InterruptedException {
		HttpResponse<String> vehicles = decide(openConsentPage(), "allow");
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
