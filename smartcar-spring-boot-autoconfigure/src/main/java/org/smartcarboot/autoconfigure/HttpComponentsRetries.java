package org.smartcarboot.autoconfigure;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;

/**
 * Turns off Apache HttpClient's own retries, which resend a request answered with
 * {@code 429} or {@code 503}, whatever its method, and an idempotent one after some I/O
 * errors: a command must be sent once, and reads have Smartcar's own retry. Loaded only
 * when Spring Boot chose Apache HttpClient.
 */
final class HttpComponentsRetries {

	private HttpComponentsRetries() {
	}

	/**
	 * Returns the builder with Apache HttpClient's automatic retries disabled.
	 * @param builder Spring Boot's builder of Apache HttpClient request factories
	 * @return the adjusted builder
	 */
	static ClientHttpRequestFactoryBuilder<?> disabled(HttpComponentsClientHttpRequestFactoryBuilder builder) {
		return builder.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
	}

}
