package org.smartcarboot.vehicle;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarExchange;
import org.smartcarboot.api.SmartcarRestClientCustomizer;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.token.SmartcarPrincipalResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Builds a {@link SmartcarVehicleService} on a {@link RestClient} that carries Spring
 * Security's {@link OAuth2ClientHttpRequestInterceptor}, fixed to the Smartcar
 * registration. Every setting has Smartcar's default; only the authorized client manager
 * is required.
 *
 * <pre class="code">
 * SmartcarVehicleService smartcar = SmartcarVehicleService.builder(authorizedClientManager)
 *     .unitSystem(UnitSystem.IMPERIAL)
 *     .build();
 * </pre>
 */
public final class SmartcarVehicleServiceBuilder {

	/**
	 * Base URL of Smartcar's vehicle API, without the version.
	 */
	public static final String DEFAULT_API_URL = "https://api.smartcar.com";

	/**
	 * Version of the vehicle API used unless another is set.
	 */
	public static final String DEFAULT_API_VERSION = "2.0";

	/**
	 * Base URL of Smartcar's vehicle API v3, including the version.
	 */
	public static final String DEFAULT_V3_API_URL = "https://vehicle.api.smartcar.com/v3";

	private static final String USER_AGENT = "smartcar-spring";

	private final OAuth2AuthorizedClientManager authorizedClientManager;

	private RestClient.Builder restClientBuilder = RestClient.builder();

	private String apiUrl = DEFAULT_API_URL;

	private String v3ApiUrl = DEFAULT_V3_API_URL;

	private String apiVersion = DEFAULT_API_VERSION;

	private UnitSystem unitSystem = UnitSystem.METRIC;

	private String registrationId = SmartcarClientRegistrations.REGISTRATION_ID;

	private JsonMapper jsonMapper = new JsonMapper();

	private final List<SmartcarRestClientCustomizer> customizers = new ArrayList<>();

	private @Nullable OAuth2AuthorizedClientService authorizedClientService;

	SmartcarVehicleServiceBuilder(OAuth2AuthorizedClientManager authorizedClientManager) {
		Assert.notNull(authorizedClientManager, "authorizedClientManager must not be null");
		this.authorizedClientManager = authorizedClientManager;
	}

	/**
	 * Sets the builder of the HTTP client, such as Spring Boot's, with its request
	 * factory, message converters and observations. It is cloned, not changed.
	 * @param restClientBuilder the builder to start from
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
		Assert.notNull(restClientBuilder, "restClientBuilder must not be null");
		this.restClientBuilder = restClientBuilder;
		return this;
	}

	/**
	 * Sets the base URL of the vehicle API, without the version; point it at a simulator
	 * in tests.
	 * @param apiUrl the base URL, {@value #DEFAULT_API_URL} by default
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder apiUrl(String apiUrl) {
		Assert.hasText(apiUrl, "apiUrl must not be empty");
		this.apiUrl = StringUtils.trimTrailingCharacter(apiUrl, '/');
		return this;
	}

	/**
	 * Sets the base URL of the vehicle API v3, including the version; point it at a
	 * simulator in tests.
	 * @param v3ApiUrl the absolute http(s) base URL, {@value #DEFAULT_V3_API_URL} by
	 * default
	 * @return this builder
	 * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
	 */
	public SmartcarVehicleServiceBuilder v3ApiUrl(String v3ApiUrl) {
		Assert.isTrue(isHttpUrl(v3ApiUrl), () -> "v3ApiUrl must be an absolute http(s) URL, was '" + v3ApiUrl + "'");
		this.v3ApiUrl = StringUtils.trimTrailingCharacter(v3ApiUrl, '/');
		return this;
	}

	private static boolean isHttpUrl(@Nullable String url) {
		try {
			URI uri = (url != null) ? new URI(url) : null;
			return uri != null && uri.getHost() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Sets the version of the vehicle API; a vehicle handle may call another one.
	 * @param apiVersion the version, {@value #DEFAULT_API_VERSION} by default
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder apiVersion(String apiVersion) {
		this.apiVersion = apiVersion;
		return this;
	}

	/**
	 * Sets the unit system requested for measurements; a vehicle handle may request
	 * another one.
	 * @param unitSystem the unit system, metric by default
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder unitSystem(UnitSystem unitSystem) {
		this.unitSystem = unitSystem;
		return this;
	}

	/**
	 * Sets the id of the client registration whose tokens the service uses.
	 * @param registrationId the registration id, {@code smartcar} by default
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder registrationId(String registrationId) {
		Assert.hasText(registrationId, "registrationId must not be empty");
		this.registrationId = registrationId;
		return this;
	}

	/**
	 * Sets the JSON mapper that reads error bodies.
	 * @param jsonMapper the mapper, a default {@link JsonMapper} unless set
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder jsonMapper(JsonMapper jsonMapper) {
		Assert.notNull(jsonMapper, "jsonMapper must not be null");
		this.jsonMapper = jsonMapper;
		return this;
	}

	/**
	 * Adds a customizer, applied after the base URL and the OAuth2 interceptor are set.
	 * @param customizer the customizer
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder customizer(SmartcarRestClientCustomizer customizer) {
		Assert.notNull(customizer, "customizer must not be null");
		this.customizers.add(customizer);
		return this;
	}

	/**
	 * Sets the store of authorized clients from which
	 * {@link SmartcarVehicle#disconnect()} removes a user's tokens once the user has no
	 * connected vehicle left. Without it, disconnecting a vehicle leaves the stored
	 * tokens alone.
	 * @param authorizedClientService the store, usually the one the authorized client
	 * manager reads
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder authorizedClientService(
			OAuth2AuthorizedClientService authorizedClientService) {
		Assert.notNull(authorizedClientService, "authorizedClientService must not be null");
		this.authorizedClientService = authorizedClientService;
		return this;
	}

	/**
	 * Builds the service.
	 * @return the service for the signed-in user; {@code forUser} gives one for a stored
	 * user
	 * @throws IllegalArgumentException when the API version or unit system is not valid
	 */
	public SmartcarVehicleService build() {
		CallOptions options = new CallOptions(this.apiVersion, this.unitSystem);
		OAuth2ClientHttpRequestInterceptor oauth2 = new OAuth2ClientHttpRequestInterceptor(
				this.authorizedClientManager);
		String registration = this.registrationId;
		oauth2.setClientRegistrationIdResolver((request) -> registration);
		oauth2.setPrincipalResolver(new SmartcarPrincipalResolver());
		RestClient.Builder builder = this.restClientBuilder.clone()
			.baseUrl(this.apiUrl)
			.defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT)
			.requestInterceptor(oauth2);
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		SmartcarExchange exchange = new SmartcarExchange(builder.build(), new SmartcarErrorReader(this.jsonMapper));
		return new SmartcarVehicleService(new SmartcarApiClient(exchange, this.v3ApiUrl, null), options,
				new DisconnectCleanup(this.authorizedClientService, registration));
	}

}
