package org.smartcarboot.vehicle;

import java.util.ArrayList;
import java.util.List;

import org.smartcarboot.api.SmartcarExchange;
import org.smartcarboot.api.SmartcarObservationConvention;
import org.smartcarboot.api.SmartcarRestClientCustomizer;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.token.SmartcarPrincipalResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
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

	private static final String USER_AGENT = "smartcar-spring";

	private final OAuth2AuthorizedClientManager authorizedClientManager;

	private RestClient.Builder restClientBuilder = RestClient.builder();

	private String apiUrl = DEFAULT_API_URL;

	private String apiVersion = DEFAULT_API_VERSION;

	private UnitSystem unitSystem = UnitSystem.METRIC;

	private String registrationId = SmartcarClientRegistrations.REGISTRATION_ID;

	private JsonMapper jsonMapper = new JsonMapper();

	private final List<SmartcarRestClientCustomizer> customizers = new ArrayList<>();

	SmartcarVehicleServiceBuilder(OAuth2AuthorizedClientManager authorizedClientManager) {
		Assert.notNull(authorizedClientManager, "authorizedClientManager must not be null");
		this.authorizedClientManager = authorizedClientManager;
	}

	/**
	 * Sets the builder of the HTTP client, such as Spring Boot's, with its request
	 * factory, message converters and observation registry. It is cloned, not changed;
	 * the clone names its observations with {@link SmartcarObservationConvention}.
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
			.observationConvention(new SmartcarObservationConvention())
			.requestInterceptor(oauth2);
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		SmartcarExchange exchange = new SmartcarExchange(builder.build(), new SmartcarErrorReader(this.jsonMapper));
		return new SmartcarVehicleService(new SmartcarApiClient(exchange, null), options);
	}

}
