package org.smartcarboot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.api.ConcurrentCalls;
import org.smartcarboot.api.SmartcarHttpTransport;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.api.SmartcarServiceBuilder;
import org.smartcarboot.compatibility.SmartcarCompatibilityService;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SmartcarHttpAutoConfiguration}: the Smartcar clients keep the
 * transport Spring Boot chose, get the {@code smartcar.http.*} timeouts, and an
 * application's own transport takes its place.
 */
class SmartcarHttpAutoConfigurationTests {

	private static final String LOCK = "/v2.0/vehicles/car-1/security";

	@RegisterExtension
	static final WireMockExtension smartcar = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(40))
		.build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SmartcarAutoConfiguration.class, SmartcarHttpAutoConfiguration.class,
				SmartcarApplicationApiAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, JacksonAutoConfiguration.class))
		.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
				"smartcar.scopes=read_vehicle_info");

	@Test
	void theTransportIsTheOneSpringBootChose() {
		this.runner.run((context) -> {
			Class<?> bootsChoice = context.getBean(ClientHttpRequestFactoryBuilder.class).build().getClass();
			assertThat(context.getBean(SmartcarHttpTransport.class)
				.requestFactory(Duration.ofSeconds(1), Duration.ofSeconds(2))).isExactlyInstanceOf(bootsChoice);
		});
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=simple")
			.run((context) -> assertThat(context.getBean(SmartcarHttpTransport.class)
				.requestFactory(Duration.ofSeconds(1), Duration.ofSeconds(2)))
				.isInstanceOf(SimpleClientHttpRequestFactory.class));
	}

	@Test
	void apacheHttpClientsOwnRetriesAreOffSoACommandAnswered503IsSentOnce() {
		smartcar.stubFor(post(urlEqualTo(LOCK)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
		this.runner.withPropertyValues("spring.http.clients.imperative.factory=http-components").run((context) -> {
			ClientHttpRequestFactory bootsOwn = context.getBean(ClientHttpRequestFactoryBuilder.class).build();
			ClientHttpRequestFactory smartcars = context.getBean(SmartcarHttpTransport.class)
				.requestFactory(Duration.ofSeconds(5), Duration.ofSeconds(5));
			assertThat(smartcars).isInstanceOf(HttpComponentsClientHttpRequestFactory.class);
			assertThat(((HttpComponentsClientHttpRequestFactory) smartcars).getHttpClient())
				.isInstanceOf(CloseableHttpClient.class);

			lock(bootsOwn);
			smartcar.verify(2, postRequestedFor(urlEqualTo(LOCK)));
			smartcar.resetRequests();
			lock(smartcars);
			smartcar.verify(1, postRequestedFor(urlEqualTo(LOCK)));
		});
	}

	@Test
	void apacheHttpClientOpensNoMoreConnectionsThanSmartcarHttpMaxConnections() {
		smartcar.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(400)));
		this.runner
			.withPropertyValues("spring.http.clients.imperative.factory=http-components",
					"smartcar.http.max-connections=2")
			.run((context) -> {
				RestClient client = RestClient.builder()
					.requestFactory(context.getBean(SmartcarHttpTransport.class)
						.requestFactory(Duration.ofSeconds(10), Duration.ofSeconds(10)))
					.baseUrl(smartcar.baseUrl())
					.build();
				assertThat(ConcurrentCalls.timeAll(client, "/slow", 6))
					.as("6 calls over 2 connections: 3 waves of 400 ms")
					.isGreaterThanOrEqualTo(Duration.ofMillis(1200));
			});
	}

	/**
	 * Sends a lock command as the library does: a JSON body through an interceptor, which
	 * buffers it, so Apache HttpClient could send it again.
	 */
	private static void lock(ClientHttpRequestFactory requestFactory) {
		RestClient client = RestClient.builder()
			.requestFactory(requestFactory)
			.baseUrl(smartcar.baseUrl())
			.requestInterceptor((request, body, execution) -> execution.execute(request, body))
			.build();
		assertThatExceptionOfType(RestClientResponseException.class)
			.isThrownBy(() -> client.post().uri(LOCK).body("{\"action\":\"LOCK\"}").retrieve().toBodilessEntity());
	}

	@Test
	void theClientsGetTheSmartcarTimeoutsWhichDefaultToTheLibrarysOnes() {
		assertThat(timeoutsGivenToTheTransport()).containsExactly(SmartcarServiceBuilder.DEFAULT_CONNECT_TIMEOUT,
				SmartcarServiceBuilder.DEFAULT_READ_TIMEOUT);
		assertThat(timeoutsGivenToTheTransport("smartcar.http.connect-timeout=3s", "smartcar.http.read-timeout=45s",
				"spring.http.clients.read-timeout=1s"))
			.containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(45));
	}

	@Test
	void theRetryDefaultsAreTheLibrarysAndCanBeSwitchedOff() {
		this.runner.run((context) -> assertThat(context.getBean(SmartcarProperties.class).readRetry())
			.usingRecursiveComparison()
			.isEqualTo(SmartcarRetry.defaults()));
		this.runner.withPropertyValues("smartcar.retry.enabled=false", "smartcar.retry.max-attempts=7")
			.run((context) -> assertThat(context.getBean(SmartcarProperties.class).readRetry().maxAttempts())
				.isEqualTo(1));
		this.runner
			.withPropertyValues("smartcar.retry.max-attempts=5", "smartcar.retry.initial-interval=1s",
					"smartcar.retry.multiplier=3", "smartcar.retry.max-interval=20s", "smartcar.retry.max-elapsed=1m")
			.run((context) -> assertThat(context.getBean(SmartcarProperties.class).readRetry())
				.usingRecursiveComparison()
				.isEqualTo(SmartcarRetry.defaults()
					.withMaxAttempts(5)
					.withInitialInterval(Duration.ofSeconds(1))
					.withMultiplier(3)
					.withMaxInterval(Duration.ofSeconds(20))
					.withMaxElapsed(Duration.ofMinutes(1))));
	}

	@Test
	void withoutSpringBootsHttpClientModuleTheLibrarysTransportIsUsed() {
		this.runner.withClassLoader(new FilteredClassLoader(ClientHttpRequestFactoryBuilder.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarHttpTransport.class)
				.hasSingleBean(SmartcarCompatibilityService.class));
	}

	private List<Duration> timeoutsGivenToTheTransport(String... properties) {
		List<Duration> timeouts = new ArrayList<>();
		SmartcarHttpTransport recording = (connectTimeout, readTimeout) -> {
			timeouts.add(connectTimeout);
			timeouts.add(readTimeout);
			return SmartcarHttpTransport.jdk().requestFactory(connectTimeout, readTimeout);
		};
		this.runner.withBean(SmartcarHttpTransport.class, () -> recording)
			.withPropertyValues(properties)
			.run((context) -> assertThat(context).hasSingleBean(SmartcarHttpTransport.class)
				.hasSingleBean(SmartcarCompatibilityService.class));
		return timeouts;
	}

}
