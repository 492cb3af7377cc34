package org.smartcarboot.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarErrorReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Base of the builders of the library's services: the HTTP client settings they share
 * (the {@link RestClient.Builder} to start from, the JSON mapper, the connect and read
 * timeouts and the {@link SmartcarHttpTransport} that applies them, the
 * {@link SmartcarRestClientCustomizer}s) and the one way they configure a
 * {@link RestClient} for a Smartcar host: request factory, base URL, {@code User-Agent},
 * authentication, then the customizers.
 *
 * @param <B> the type of the concrete builder, returned by the setters
 */
public abstract class SmartcarServiceBuilder<B extends SmartcarServiceBuilder<B>> {

	/**
	 * {@code User-Agent} sent with every request.
	 */
	public static final String USER_AGENT = "smartcar-spring";

	/**
	 * Most time to wait for a connection to a Smartcar host unless another is set.
	 */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Most time to wait for a response unless another is set: Smartcar documents up to
	 * 300 seconds for a vehicle to answer, and its SDKs wait 310.
	 */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(310);

	private RestClient.Builder restClientBuilder = RestClient.builder();

	private JsonMapper jsonMapper = new JsonMapper();

	private final List<SmartcarRestClientCustomizer> customizers = new ArrayList<>();

	private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;

	private Duration readTimeout = DEFAULT_READ_TIMEOUT;

	private SmartcarHttpTransport httpTransport = SmartcarHttpTransport.defaultTransport();

	/**
	 * The request factory made for the current timeouts and transport, shared by the
	 * clients of one build.
	 */
	private @Nullable ClientHttpRequestFactory requestFactory;

	/**
	 * Creates a builder with a default {@link RestClient.Builder} and JSON mapper.
	 */
	protected SmartcarServiceBuilder() {
	}

	/**
	 * Sets the builder of the HTTP client, such as Spring Boot's, with its message
	 * converters and observations. It is cloned, not changed. Its request factory is
	 * replaced by the {@link #httpTransport(SmartcarHttpTransport) transport}'s, which
	 * carries this builder's timeouts.
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
	 * Sets the most time to wait for a connection to a Smartcar host.
	 * @param connectTimeout the timeout, {@code 10s} by default
	 * @return this builder
	 * @throws IllegalArgumentException when the timeout is not positive
	 */
	public B connectTimeout(Duration connectTimeout) {
		this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
		this.requestFactory = null;
		return self();
	}

	/**
	 * Sets the most time to wait for a response once a request is sent, for API calls and
	 * token requests alike. A read that times out fails with a
	 * {@code SmartcarNoUsableAnswerException} of type {@code NO_RESPONSE}.
	 * @param readTimeout the timeout, {@code 310s} by default (Smartcar documents up to
	 * 300 seconds for a vehicle to answer)
	 * @return this builder
	 * @throws IllegalArgumentException when the timeout is not positive
	 */
	public B readTimeout(Duration readTimeout) {
		this.readTimeout = requirePositive(readTimeout, "readTimeout");
		this.requestFactory = null;
		return self();
	}

	/**
	 * Sets the transport that makes the request factory of the clients, with this
	 * builder's timeouts.
	 * @param httpTransport the transport,
	 * {@link SmartcarHttpTransport#defaultTransport()} by default
	 * @return this builder
	 */
	public B httpTransport(SmartcarHttpTransport httpTransport) {
		Assert.notNull(httpTransport, "httpTransport must not be null");
		this.httpTransport = httpTransport;
		this.requestFactory = null;
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
	 * transport's request factory for the timeouts, the {@code User-Agent} and the
	 * {@link SmartcarObservationConvention}, then the given settings, then the
	 * customizers.
	 * @param settings the settings of this client, such as its base URL
	 * @return the client
	 */
	protected final RestClient restClient(Consumer<RestClient.Builder> settings) {
		ClientHttpRequestFactory factory = this.requestFactory;
		if (factory == null) {
			factory = this.httpTransport.requestFactory(this.connectTimeout, this.readTimeout);
			this.requestFactory = factory;
		}
		RestClient.Builder builder = this.restClientBuilder.clone()
			.requestFactory(factory)
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

	/**
	 * Checks that a duration setting is positive.
	 * @param duration the duration
	 * @param name the name of the setting, for the error message
	 * @return the duration
	 * @throws IllegalArgumentException when the duration is {@code null}, zero or
	 * negative
	 */
	static Duration requirePositive(Duration duration, String name) {
		Assert.isTrue(duration != null && !duration.isNegative() && !duration.isZero(),
				() -> name + " must be positive, was " + duration);
		return duration;
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

}
