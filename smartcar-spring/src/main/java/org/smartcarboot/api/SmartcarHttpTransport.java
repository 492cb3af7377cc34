package org.smartcarboot.api;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * The HTTP transport of the library's clients: makes the {@link ClientHttpRequestFactory}
 * that sends their requests, with the connect and read timeouts of a
 * {@link SmartcarServiceBuilder}. The Spring Boot starter passes one that builds the
 * transport Spring Boot chose (Apache HttpClient, which the starter brings, unless the
 * application chose Jetty, Reactor Netty or the JDK's), with Boot's HTTP client settings,
 * a pool of {@code smartcar.http.max-connections} and Apache HttpClient's own retries
 * turned off; without it, {@link #defaultTransport()} is used. A transport must not
 * resend requests itself: commands are sent once, and reads have {@link SmartcarRetry}.
 */
@FunctionalInterface
public interface SmartcarHttpTransport {

	/**
	 * Makes a request factory.
	 * @param connectTimeout the most time to wait for a connection, positive
	 * @param readTimeout the most time to wait for a response after the request was sent,
	 * positive
	 * @return the request factory
	 */
	ClientHttpRequestFactory requestFactory(Duration connectTimeout, Duration readTimeout);

	/**
	 * Connections to one host that a pooled transport opens at most unless told
	 * otherwise: more than enough for 16 threads calling at once.
	 */
	int DEFAULT_MAX_CONNECTIONS = 64;

	/**
	 * Returns the transport measured fastest: {@link #apacheHttpClient(int) Apache
	 * HttpClient 5} with {@value #DEFAULT_MAX_CONNECTIONS} pooled connections when it is
	 * on the classpath, else {@link #jdk() the JDK's client}.
	 * @return the transport
	 */
	static SmartcarHttpTransport defaultTransport() {
		return ClassUtils.isPresent("org.apache.hc.client5.http.impl.classic.HttpClients",
				SmartcarHttpTransport.class.getClassLoader()) ? apacheHttpClient(DEFAULT_MAX_CONNECTIONS) : jdk();
	}

	/**
	 * Returns the transport on Apache HttpClient 5 (which must be on the classpath), with
	 * a pool of connections shared by the threads of one client, and the client's own
	 * retries off. It starts no thread per call.
	 * @param maxConnections the most connections open at once to each host, at least 1; a
	 * call waits for a free one
	 * @return the transport
	 */
	static SmartcarHttpTransport apacheHttpClient(int maxConnections) {
		Assert.isTrue(maxConnections >= 1, () -> "maxConnections must be at least 1, was " + maxConnections);
		return (connectTimeout, readTimeout) -> PooledApacheHttpClient.requestFactory(maxConnections, connectTimeout,
				readTimeout);
	}

	/**
	 * Returns the transport on the JDK's {@link HttpClient}, which every Java 17 runtime
	 * has: one client per request factory, with the connect timeout, and the read timeout
	 * applied to each request. Spring Framework runs it through the client's asynchronous
	 * API, which on a machine with fewer than 3 CPUs starts a thread per call (measured
	 * in the benchmarks module); prefer {@link #apacheHttpClient(int)}.
	 * @return the JDK transport
	 */
	static SmartcarHttpTransport jdk() {
		return (connectTimeout, readTimeout) -> {
			JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().connectTimeout(connectTimeout).build());
			requestFactory.setReadTimeout(readTimeout);
			return requestFactory;
		};
	}

}
