package org.smartcarboot.api;

import org.springframework.web.client.RestClient;

/**
 * Callback that adjusts the {@link RestClient.Builder} of each Smartcar client (vehicle
 * API, compatibility, management, and the token endpoint's {@code SmartcarTokenClients}),
 * such as its request factory or timeouts, after the base URL and the authentication (the
 * OAuth2 interceptor, or the application's credentials) are set.
 */
@FunctionalInterface
public interface SmartcarRestClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder of the Smartcar client
	 */
	void customize(RestClient.Builder builder);

}
