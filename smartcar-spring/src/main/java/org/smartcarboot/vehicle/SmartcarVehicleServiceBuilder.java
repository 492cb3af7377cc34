package org.smartcarboot.vehicle;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarExchange;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.api.SmartcarServiceBuilder;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;
import org.smartcarboot.token.SmartcarPrincipalResolver;
import org.smartcarboot.token.SmartcarTokenListener;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.util.Assert;

/**
 * Builds a {@link SmartcarVehicleService} on a {@code RestClient} that carries Spring
 * Security's {@link OAuth2ClientHttpRequestInterceptor}, fixed to the Smartcar
 * registration. Every setting has Smartcar's default; only the authorized client manager
 * is required. With a {@link SmartcarAuthorizedClientManager}, refreshes are safe with
 * Smartcar's rotating refresh tokens, and an access token Smartcar rejects (401) is
 * replaced once: a read is then sent once more, a command never.
 *
 * <pre class="code">
 * SmartcarVehicleService smartcar = SmartcarVehicleService.builder(authorizedClientManager)
 *     .unitSystem(UnitSystem.IMPERIAL)
 *     .build();
 * </pre>
 */
public final class SmartcarVehicleServiceBuilder extends SmartcarServiceBuilder<SmartcarVehicleServiceBuilder> {

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

	private final OAuth2AuthorizedClientManager authorizedClientManager;

	private String apiUrl = DEFAULT_API_URL;

	private String v3ApiUrl = DEFAULT_V3_API_URL;

	private String apiVersion = DEFAULT_API_VERSION;

	private UnitSystem unitSystem = UnitSystem.METRIC;

	private String registrationId = SmartcarClientRegistrations.REGISTRATION_ID;

	private @Nullable OAuth2AuthorizedClientService authorizedClientService;

	private SmartcarRetry retry = SmartcarRetry.defaults();

	private final List<SmartcarTokenListener> tokenListeners = new ArrayList<>();

	SmartcarVehicleServiceBuilder(OAuth2AuthorizedClientManager authorizedClientManager) {
		Assert.notNull(authorizedClientManager, "authorizedClientManager must not be null");
		this.authorizedClientManager = authorizedClientManager;
	}

	/**
	 * Sets the base URL of the vehicle API, without the version; point it at a simulator
	 * in tests.
	 * @param apiUrl the base URL, {@value #DEFAULT_API_URL} by default
	 * @return this builder
	 * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
	 */
	public SmartcarVehicleServiceBuilder apiUrl(String apiUrl) {
		this.apiUrl = baseUrl(apiUrl, "apiUrl");
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
		this.v3ApiUrl = baseUrl(v3ApiUrl, "v3ApiUrl");
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
	 * Sets how reads are retried when they fail with a {@code 429}, a {@code 5xx} server
	 * or gateway error, a timeout or an I/O error: {@code GET} requests and batches of
	 * reads. Commands (lock, unlock, charge, charge limit, destination, disconnect,
	 * webhook subscriptions, generic requests with another method) are never retried.
	 * @param retry the retry, {@link SmartcarRetry#defaults()} unless set;
	 * {@link SmartcarRetry#none()} for none
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder retry(SmartcarRetry retry) {
		Assert.notNull(retry, "retry must not be null");
		this.retry = retry;
		return this;
	}

	/**
	 * Adds a listener told when {@link SmartcarVehicle#disconnect()} removed a user's
	 * tokens from the {@link #authorizedClientService store}, after the ones added before
	 * it.
	 * @param tokenListener the listener, usually one the authorized client manager has
	 * too
	 * @return this builder
	 */
	public SmartcarVehicleServiceBuilder tokenListener(SmartcarTokenListener tokenListener) {
		Assert.notNull(tokenListener, "tokenListener must not be null");
		this.tokenListeners.add(tokenListener);
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
		SmartcarExchange exchange = exchange(this.apiUrl, oauth2);
		SmartcarAuthorizedClientManager tokens = (this.authorizedClientManager instanceof SmartcarAuthorizedClientManager smartcar)
				? smartcar : null;
		return new SmartcarVehicleService(
				new SmartcarApiClient(exchange, this.v3ApiUrl, null, tokens, registration, this.retry), options,
				new DisconnectCleanup(this.authorizedClientService, registration,
						SmartcarTokenListener.of(this.tokenListeners)));
	}

}
