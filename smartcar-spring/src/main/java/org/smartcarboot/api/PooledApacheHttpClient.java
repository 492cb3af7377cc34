package org.smartcarboot.api;

import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Makes request factories on Apache HttpClient 5 with a pool of connections, and the
 * client's own retries off. Kept apart so that nothing loads Apache HttpClient's classes
 * unless it is on the classpath.
 */
final class PooledApacheHttpClient {

	private PooledApacheHttpClient() {
	}

	/**
	 * Makes a request factory.
	 * @param maxConnections the most connections open at once, to each host and in all
	 * @param connectTimeout the most time to wait for a connection
	 * @param readTimeout the most time to wait for data once a request is sent
	 * @return the request factory
	 */
	static ClientHttpRequestFactory requestFactory(int maxConnections, Duration connectTimeout, Duration readTimeout) {
		ConnectionConfig timeouts = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(connectTimeout))
			.setSocketTimeout(Timeout.of(readTimeout))
			.build();
		HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(maxConnections)
				.setMaxConnPerRoute(maxConnections)
				.setDefaultConnectionConfig(timeouts)
				.build())
			.disableAutomaticRetries()
			.build());
		factory.setReadTimeout(readTimeout);
		return factory;
	}

}
