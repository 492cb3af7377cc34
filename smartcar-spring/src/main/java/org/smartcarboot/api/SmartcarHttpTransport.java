package org.smartcarboot.api;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * The HTTP transport of the library's clients: makes the {@link ClientHttpRequestFactory}
 * that sends their requests, with the connect and read timeouts of a
 * {@link SmartcarServiceBuilder}. The Spring Boot starter passes one that builds the
 * transport Spring Boot chose (Apache HttpClient, Jetty, Reactor Netty or the JDK's),
 * with Boot's HTTP client settings, and Apache HttpClient's own retries turned off;
 * without it, {@link #jdk()} is used. A transport must not resend requests itself:
 * commands are sent once, and reads have {@link SmartcarRetry}.
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
	 * Returns the transport on the JDK's {@link HttpClient}, which every Java 17 runtime
	 * has: one client per request factory, with the connect timeout, and the read timeout
	 * applied to each request.
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
