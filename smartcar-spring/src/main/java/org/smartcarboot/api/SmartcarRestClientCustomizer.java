package org.smartcarboot.api;

import org.springframework.web.client.RestClient;

/**
 * Callback that adjusts the {@link RestClient.Builder} of the Smartcar vehicle API
 * client, such as its request factory or timeouts, after the starter configured the base
 * URL and the OAuth2 interceptor. The client of Smartcar's token endpoint
 * ({@code SmartcarTokenClients}) is adjusted by the same customizers.
 */
@FunctionalInterface
public interface SmartcarRestClientCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder of the Smartcar client
	 */
	void customize(RestClient.Builder builder);

}
