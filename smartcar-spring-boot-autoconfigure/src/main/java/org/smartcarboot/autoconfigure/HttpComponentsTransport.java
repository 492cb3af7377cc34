package org.smartcarboot.autoconfigure;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;

/**
 * Adjusts Spring Boot's Apache HttpClient for Smartcar: a pool of
 * {@code smartcar.http.max-connections} connections to each host (Apache HttpClient's
 * default of 5 per host would make concurrent calls wait), and the client's own retries
 * off, which resend a request answered with {@code 429} or {@code 503}, whatever its
 * method, and an idempotent one after some I/O errors: a command must be sent once, and
 * reads have Smartcar's own retry. Loaded only when Spring Boot chose Apache HttpClient.
 */
final class HttpComponentsTransport {

	private HttpComponentsTransport() {
	}

	/**
	 * Returns the builder with the pool size and without automatic retries.
	 * @param builder Spring Boot's builder of Apache HttpClient request factories
	 * @param maxConnections the most connections open at once to each host
	 * @return the adjusted builder
	 */
	static ClientHttpRequestFactoryBuilder<?> forSmartcar(HttpComponentsClientHttpRequestFactoryBuilder builder,
			int maxConnections) {
		return builder.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
			.withConnectionManagerCustomizer(
					(connections) -> connections.setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections));
	}

}
