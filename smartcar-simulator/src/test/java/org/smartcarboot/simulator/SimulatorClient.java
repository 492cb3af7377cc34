package org.smartcarboot.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.common.Json;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to a running {@link SmartcarSimulator} over real HTTP, the way an application
 * would.
 */
final class SimulatorClient {

	static final String REDIRECT_URI = "http://localhost:8080/smartcar/callback";

	private final HttpClient http = HttpClient.newHttpClient();

	private final SmartcarSimulator simulator;

	SimulatorClient(SmartcarSimulator simulator) {
		this.simulator = simulator;
	}

	HttpResponse<String> get(String pathAndQuery, String... headers) {
		return send(request(pathAndQuery, headers).GET());
	}

	HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(query(form))));
	}

	HttpResponse<String> postJson(String path, String json, String... headers) {
		return send(
				request(path, headers).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	HttpResponse<String> delete(String pathAndQuery, String... headers) {
		return send(request(pathAndQuery, headers).DELETE());
	}

	/**
	 * Opens the Connect consent page.
	 */
	HttpResponse<String> authorize(Map<String, String> parameters) {
		return get("/oauth/authorize?" + query(parameters));
	}

	static Map<String, String> authorizeParameters(SmartcarSimulator simulator, String state) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", simulator.clientId());
		parameters.put("redirect_uri", REDIRECT_URI);
		parameters.put("scope", "read_vehicle_info required:read_odometer");
		parameters.put("state", state);
		return parameters;
	}

	/**
	 * Posts the user's decision for a consent page.
	 */
	HttpResponse<String> decide(HttpResponse<String> consentPage, String decision) {
		return postForm("/oauth/consent", Map.of("request_id", requestId(consentPage), "decision", decision));
	}

	static String requestId(HttpResponse<String> consentPage) {
		return ConsentDriver.requestId(consentPage.body())
			.orElseThrow(() -> new AssertionError("consent page has no request id: " + consentPage.body()));
	}

	/**
	 * Goes through Connect (consent allowed) and returns the authorization code.
	 */
	String authorizationCode() {
		HttpResponse<String> redirect = decide(authorize(authorizeParameters(this.simulator, "s")), "allow");
		assertThat(redirect.statusCode()).isEqualTo(302);
		return redirectParameters(redirect).get("code");
	}

	HttpResponse<String> exchangeCode(String code, String redirectUri) {
		return token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri),
				basic(this.simulator.clientId(), this.simulator.clientSecret()));
	}

	HttpResponse<String> refresh(String refreshToken) {
		return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
				basic(this.simulator.clientId(), this.simulator.clientSecret()));
	}

	HttpResponse<String> token(Map<String, String> form, String authorization) {
		return postForm("/oauth/token", form, "Authorization", authorization);
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String bearer(String accessToken) {
		return "Bearer " + accessToken;
	}

	/**
	 * A JSON array body, with decimals as {@link Double}.
	 */
	@SuppressWarnings("unchecked")
	static List<Object> jsonArray(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		return (List<Object>) withDoubles(Json.read(response.body(), List.class));
	}

	/**
	 * A JSON object body, with decimals as {@link Double} (WireMock's mapper reads them
	 * as {@link BigDecimal}).
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> json(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/json"));
		return (Map<String, Object>) withDoubles(Json.read(response.body(), Map.class));
	}

	private static Object withDoubles(Object json) {
		if (json instanceof BigDecimal decimal) {
			return decimal.doubleValue();
		}
		if (json instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((element) -> copy.add(withDoubles(element)));
			return copy;
		}
		if (json instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, value) -> copy.put(key, withDoubles(value)));
			return copy;
		}
		return json;
	}

	/**
	 * The query parameters of a redirect's {@code Location}, decoded.
	 */
	static Map<String, String> redirectParameters(HttpResponse<String> redirect) {
		return queryParameters(redirect.headers().firstValue("Location").orElseThrow());
	}

	/**
	 * The query parameters of a URL, decoded.
	 */
	static Map<String, String> queryParameters(String url) {
		String query = URI.create(url).getRawQuery();
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			parameters.put(decode(nameAndValue[0]), decode(nameAndValue[1]));
		}
		return parameters;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	static String query(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpRequest.Builder request(String pathAndQuery, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.simulator.baseUrl() + pathAndQuery));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
