package org.smartcarboot.compatibility;

import java.nio.charset.StandardCharsets;

import org.smartcarboot.api.SmartcarServiceBuilder;
import org.smartcarboot.vehicle.SmartcarVehicleServiceBuilder;

import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Builds a {@link SmartcarCompatibilityService}, whose requests carry the application's
 * client id and secret as HTTP Basic credentials. Only the credentials are required.
 *
 * <pre class="code">
 * SmartcarCompatibilityService compatibility = SmartcarCompatibilityService.builder(clientId, clientSecret)
 *     .restClientBuilder(restClientBuilder)
 *     .build();
 * </pre>
 */
public final class SmartcarCompatibilityServiceBuilder
		extends SmartcarServiceBuilder<SmartcarCompatibilityServiceBuilder> {

	private final String clientId;

	private final String clientSecret;

	private String apiUrl = SmartcarVehicleServiceBuilder.DEFAULT_API_URL;

	SmartcarCompatibilityServiceBuilder(String clientId, String clientSecret) {
		Assert.isTrue(StringUtils.hasText(clientId) && clientId.indexOf(':') < 0,
				"clientId must not be empty or hold a colon");
		Assert.isTrue(StringUtils.hasText(clientSecret), "clientSecret must not be empty");
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	/**
	 * Sets the base URL of the API host that serves {@code /v2.0/compatibility}; point it
	 * at a simulator in tests.
	 * @param apiUrl the base URL, {@value SmartcarVehicleServiceBuilder#DEFAULT_API_URL}
	 * by default
	 * @return this builder
	 * @throws IllegalArgumentException when the URL is not an absolute http or https URL
	 */
	public SmartcarCompatibilityServiceBuilder apiUrl(String apiUrl) {
		this.apiUrl = baseUrl(apiUrl, "apiUrl");
		return this;
	}

	/**
	 * Builds the service.
	 * @return the service
	 */
	public SmartcarCompatibilityService build() {
		return new SmartcarCompatibilityService(exchange(this.apiUrl,
				new BasicAuthenticationInterceptor(this.clientId, this.clientSecret, StandardCharsets.UTF_8)));
	}

}
