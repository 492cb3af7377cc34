package org.smartcarboot.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.smartcarboot.error.SmartcarErrorReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Base of the builders of the library's services: the HTTP client settings they share
 * (the {@link RestClient.Builder} to start from, the JSON mapper, the
 * {@link SmartcarRestClientCustomizer}s) and the one way they configure a
 * {@link RestClient} for a Smartcar host: base URL, {@code User-Agent}, authentication,
 * then the customizers.
 *
 * @param <B> the type of the concrete builder, returned by the setters
 */
public abstract class SmartcarServiceBuilder<B extends SmartcarServiceBuilder<B>> {

	/**
	 * {@code User-Agent} sent with every request.
	 */
	public static final String USER_AGENT = "smartcar-spring";

	private RestClient.Builder restClientBuilder = RestClient.builder();

	private JsonMapper jsonMapper = new JsonMapper();

	private final List<SmartcarRestClientCustomizer> customizers = new ArrayList<>();

	/**
	 * Creates a builder with a default {@link RestClient.Builder} and JSON mapper.
	 */
	protected SmartcarServiceBuilder() {
	}

	/**
	 * Sets the builder of the HTTP client, such as Spring Boot's, with its request
	 * factory, message converters and observations. It is cloned, not changed.
	 * @param restClientBuilder the builder to start from
	 * @return this builder
	 */
	public B restClientBuilder(RestClient.Builder restClientBuilder) {
		Assert.notNull(restClientBuilder, "restClientBuilder must not be null");
		this.restClientBuilder = restClientBuilder;
		return self();
	}

	/**
	 * Sets the JSON mapper that reads error bodies, such as Spring Boot's.
	 * @param jsonMapper the mapper, a default {@link JsonMapper} unless set
	 * @return this builder
	 */
	public B jsonMapper(JsonMapper jsonMapper) {
		Assert.notNull(jsonMapper, "jsonMapper must not be null");
		this.jsonMapper = jsonMapper;
		return self();
	}

	/**
	 * Adds a customizer, applied after the base URL and the authentication are set.
	 * @param customizer the customizer
	 * @return this builder
	 */
	public B customizer(SmartcarRestClientCustomizer customizer) {
		Assert.notNull(customizer, "customizer must not be null");
		this.customizers.add(customizer);
		return self();
	}

	/**
	 * Builds the exchange of one Smartcar host: a client from
	 * {@link #restClient(Consumer)} with the base URL and the authentication, and an
	 * error reader on the JSON mapper.
	 * @param baseUrl the base URL of the host, checked by
	 * {@link #baseUrl(String, String)}
	 * @param authentication adds the credentials to each request
	 * @return the exchange
	 */
	protected final SmartcarExchange exchange(String baseUrl, ClientHttpRequestInterceptor authentication) {
		return new SmartcarExchange(
				restClient((builder) -> builder.baseUrl(baseUrl).requestInterceptor(authentication)), errorReader());
	}

	/**
	 * Builds a client for Smartcar: a clone of the {@link RestClient.Builder} with the
	 * {@code User-Agent} and the {@link SmartcarObservationConvention}, then the given
	 * settings, then the customizers.
	 * @param settings the settings of this client, such as its base URL
	 * @return the client
	 */
	protected final RestClient restClient(Consumer<RestClient.Builder> settings) {
		RestClient.Builder builder = this.restClientBuilder.clone()
			.defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT)
			.observationConvention(new SmartcarObservationConvention());
		settings.accept(builder);
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	/**
	 * Returns a reader of error responses on the JSON mapper.
	 * @return the error reader
	 */
	protected final SmartcarErrorReader errorReader() {
		return new SmartcarErrorReader(this.jsonMapper);
	}

	/**
	 * Checks a base URL setting and drops its trailing slashes.
	 * @param url the URL
	 * @param name the name of the setting, for the error message
	 * @return the URL without trailing slashes
	 * @throws IllegalArgumentException when the URL is not an absolute http or https URL
	 */
	protected static String baseUrl(String url, String name) {
		Assert.hasText(url, () -> name + " must not be empty");
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(name + " must be an http or https URL, was '" + url + "'", ex);
		}
		boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
		Assert.isTrue(http && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null,
				() -> name + " must be an http or https URL with no query, was '" + url + "'");
		return StringUtils.trimTrailingCharacter(url, '/');
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

}
