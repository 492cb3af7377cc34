package org.smartcarboot.api;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests the default transport of the library's clients, Apache HttpClient 5 with a pool
 * of connections: chosen when present, reuses its connections without a thread per call,
 * never opens more than its pool, and never sends a request again by itself.
 */
class PooledTransportTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@RegisterExtension
	static final WireMockExtension smartcar = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40))
		.build();

	@Test
	void theDefaultTransportIsApacheHttpClientWhenItIsOnTheClasspath() {
		assertThat(SmartcarHttpTransport.defaultTransport().requestFactory(TIMEOUT, TIMEOUT))
			.isInstanceOf(HttpComponentsClientHttpRequestFactory.class);
	}

	@Test
	void callsReuseConnectionsAndStartNoThreadEach() {
		smartcar.stubFor(get(urlEqualTo("/odometer")).willReturn(aResponse().withBody("{\"distance\":1}")));
		RestClient client = client(SmartcarHttpTransport.apacheHttpClient(4));
		client.get().uri("/odometer").retrieve().body(String.class);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long startedBefore = threads.getTotalStartedThreadCount();

		for (int call = 0; call < 200; call++) {
			client.get().uri("/odometer").retrieve().body(String.class);
		}

		assertThat(threads.getTotalStartedThreadCount() - startedBefore).as("threads started by 200 calls")
			.isLessThan(10);
		smartcar.verify(201, getRequestedFor(urlEqualTo("/odometer")));
	}

	@Test
	void noMoreConnectionsThanThePoolAreOpenAtOnce() throws Exception {
		Duration latency = Duration.ofMillis(400);
		smartcar.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay((int) latency.toMillis())));
		RestClient client = client(SmartcarHttpTransport.apacheHttpClient(2));

		assertThat(ConcurrentCalls.timeAll(client, "/slow", 6)).as("6 calls over 2 connections: 3 waves")
			.isGreaterThanOrEqualTo(latency.multipliedBy(3));
	}

	@Test
	void aCommandAnswered503IsSentOnce() {
		smartcar.stubFor(post(urlEqualTo("/security")).willReturn(aResponse().withStatus(503)));
		RestClient client = client(SmartcarHttpTransport.defaultTransport());

		assertThatExceptionOfType(RestClientResponseException.class).isThrownBy(
				() -> client.post().uri("/security").body("{\"action\":\"LOCK\"}").retrieve().toBodilessEntity());

		smartcar.verify(1, postRequestedFor(urlEqualTo("/security")));
	}

	@Test
	void aPoolWithoutConnectionsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SmartcarHttpTransport.apacheHttpClient(0))
			.withMessage("maxConnections must be at least 1, was 0");
	}

	private static RestClient client(SmartcarHttpTransport transport) {
		return RestClient.builder()
			.requestFactory(transport.requestFactory(TIMEOUT, TIMEOUT))
			.baseUrl(smartcar.baseUrl())
			.build();
	}

}
