package org.smartcarboot.management;

import java.nio.charset.StandardCharsets;

import org.smartcarboot.api.SmartcarServiceBuilder;
import org.smartcarboot.vehicle.SmartcarVehicleServiceBuilder;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.util.Assert;

/**
 * Builds a {@link SmartcarManagementService} for the application management token (AMT).
 * Requests to the management host carry it as HTTP Basic credentials of the user
 * {@code default}; webhook requests to the API host carry it as a bearer token. Only the
 * token is required.
 *
 * <pre class="code">
 * SmartcarManagementService management = SmartcarManagementService.builder(managementToken)
 *     .restClientBuilder(restClientBuilder)
 *     .build();
 * </pre>
 */
public final class SmartcarManagementServiceBuilder extends SmartcarServiceBuilder<SmartcarManagementServiceBuilder> {

	/**
	 * Base URL of Smartcar's management API.
	 */
	public static final String DEFAULT_MANAGEMENT_URL = "https://management.smartcar.com";

	/**
	 * User name of the management token's HTTP Basic credentials.
	 */
	private static final String BASIC_USER = "default";

	private final String managementToken;

	private String managementUrl = DEFAULT_MANAGEMENT_URL;

	private String apiUrl = SmartcarVehicleServiceBuilder.DEFAULT_API_URL;

	SmartcarManagementServiceBuilder(String managementToken) {
		Assert.isTrue(managementToken != null && !managementToken.isBlank(), "managementToken must not be empty");
		this.managementToken = managementToken;
	}

	/**
	 * Sets the base URL of the management API, which serves
	 * {@code /v2.0/management/connections}; point it at a simulator in tests.
	 * @param managementUrl the base URL, {@value #DEFAULT_MANAGEMENT_URL} by default
	 * @return this builder
	 * @throws IllegalArgumentException when the URL is not an absolute http or https URL
	 */
	public SmartcarManagementServiceBuilder managementUrl(String managementUrl) {
		this.managementUrl = baseUrl(managementUrl, "managementUrl");
		return this;
	}

	/**
	 * Sets the base URL of the API host, which serves the webhook subscriptions of
	 * vehicles.
	 * @param apiUrl the base URL, {@value SmartcarVehicleServiceBuilder#DEFAULT_API_URL}
	 * by default
	 * @return this builder
	 * @throws IllegalArgumentException when the URL is not an absolute http or https URL
	 */
	public SmartcarManagementServiceBuilder apiUrl(String apiUrl) {
		this.apiUrl = baseUrl(apiUrl, "apiUrl");
		return this;
	}

	/**
	 * Builds the service.
	 * @return the service
	 */
	public SmartcarManagementService build() {
		String token = this.managementToken;
		ClientHttpRequestInterceptor bearer = (request, body, execution) -> {
			request.getHeaders().setBearerAuth(token);
			return execution.execute(request, body);
		};
		return new SmartcarManagementService(
				exchange(this.managementUrl,
						new BasicAuthenticationInterceptor(BASIC_USER, token, StandardCharsets.UTF_8)),
				exchange(this.apiUrl, bearer));
	}

	@Override
	public String toString() {
		return "SmartcarManagementServiceBuilder[" + this.managementUrl + ", " + this.apiUrl + "]";
	}

}
