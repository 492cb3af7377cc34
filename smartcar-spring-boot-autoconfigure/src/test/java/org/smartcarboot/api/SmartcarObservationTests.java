package org.smartcarboot.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.error.SmartcarAuthenticationException;
import org.smartcarboot.error.SmartcarRateLimitException;
import org.smartcarboot.error.SmartcarVehicleStateException;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that every Smartcar call, to the vehicle API and to the token endpoint, is
 * observed through Spring Boot's observation and meter registries with low-cardinality
 * tags (URI template, outcome, Smartcar error type), and that no tag carries a vehicle id
 * or a token.
 */
@SpringBootTest(classes = { SmartcarTestApplication.class, SmartcarObservationTests.RecordedObservations.class },
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SmartcarObservationTests {

	@RegisterExtension
	static final WireMockExtension smartcar = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String USER = "user-1";

	private static final String VEHICLE_ID = "vehicle-0b7d9e";

	private static final String ACCESS_TOKEN = "access-token-5c1e";

	private static final String REFRESH_TOKEN = "refresh-token-9d2f";

	@DynamicPropertySource
	static void pointAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("smartcar.client-id", () -> "app-id");
		registry.add("smartcar.client-secret", () -> "app-secret");
		registry.add("smartcar.scopes", () -> "read_vehicle_info");
		for (String url : new String[] { "connect", "auth", "api", "management" }) {
			registry.add("smartcar.urls." + url, smartcar::baseUrl);
		}
	}

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	private StoredTokens storedTokens;

	@Autowired
	private MeterRegistry meterRegistry;

	@Autowired
	private RecordedObservations observations;

	@Test
	void aSuccessfulCallIsTimedUnderItsUriTemplateWithNoErrorType() {
		this.storedTokens.save(USER, ACCESS_TOKEN, REFRESH_TOKEN, Duration.ofHours(1));
		smartcar.stubFor(
				get("/v2.0/vehicles/" + VEHICLE_ID + "/odometer").willReturn(WireMock.okJson("{\"distance\":104.32}")));

		this.service.forUser(USER).vehicle(VEHICLE_ID).odometer();

		Timer timer = timer("/v2.0/vehicles/{id}/odometer");
		assertThat(timer.count()).isOne();
		assertThat(timer.getId().getTags()).contains(Tag.of("method", "GET"), Tag.of("status", "200"),
				Tag.of("outcome", "SUCCESS"), Tag.of("exception", "none"),
				Tag.of(SmartcarObservationConvention.ERROR_TYPE, "none"));
		assertThat(this.observations.contexts).anySatisfy((context) -> assertThat(context.getAllKeyValues())
			.contains(KeyValue.of("http.url", smartcar.baseUrl() + "/v2.0/vehicles/{id}/odometer")));
		assertNoTagNamesAVehicleOrAToken();
	}

	@Test
	void aFailedCallIsTimedWithSmartcarsErrorType() {
		this.storedTokens.save(USER, ACCESS_TOKEN, REFRESH_TOKEN, Duration.ofHours(1));
		smartcar.stubFor(get("/v2.0/vehicles/" + VEHICLE_ID + "/location").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("retry-after", "30")
			.withBody("{\"type\":\"RATE_LIMIT\",\"code\":\"VEHICLE\",\"description\":\"Throttled.\",\"docURL\":null,"
					+ "\"statusCode\":429,\"requestId\":\"req-1\",\"resolution\":{\"type\":\"RETRY_LATER\"}}")));

		assertThatExceptionOfType(SmartcarRateLimitException.class)
			.isThrownBy(() -> this.service.forUser(USER).vehicle(VEHICLE_ID).location());

		Timer timer = timer("/v2.0/vehicles/{id}/location");
		assertThat(timer.count()).isOne();
		assertThat(timer.getId().getTags()).contains(Tag.of("status", "429"), Tag.of("outcome", "CLIENT_ERROR"),
				Tag.of("exception", "SmartcarRateLimitException"),
				Tag.of(SmartcarObservationConvention.ERROR_TYPE, "RATE_LIMIT"));
		assertNoTagNamesAVehicleOrAToken();
	}

	@Test
	void aV1ErrorIsTaggedWithItsCategory() {
		this.storedTokens.save(USER, ACCESS_TOKEN, REFRESH_TOKEN, Duration.ofHours(1));
		smartcar.stubFor(get("/v2.0/vehicles/" + VEHICLE_ID + "/vin").willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"vehicle_state_error\",\"message\":\"Asleep.\",\"code\":\"VS_000\"}")));

		assertThatExceptionOfType(SmartcarVehicleStateException.class)
			.isThrownBy(() -> this.service.forUser(USER).vehicle(VEHICLE_ID).vin());

		assertThat(timer("/v2.0/vehicles/{id}/vin").getId().getTag(SmartcarObservationConvention.ERROR_TYPE))
			.isEqualTo("VEHICLE_STATE");
	}

	@Test
	void aRefusedRefreshIsObservedAtTheTokenEndpointAndOnTheCallItFailed() {
		this.storedTokens.save(USER, ACCESS_TOKEN, REFRESH_TOKEN, Duration.ofMinutes(-5));
		smartcar.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh_token: " + REFRESH_TOKEN
					+ ".\"}")));

		assertThatExceptionOfType(SmartcarAuthenticationException.class)
			.isThrownBy(() -> this.service.forUser(USER).vehicle(VEHICLE_ID).attributes());

		Timer tokenEndpoint = timer("/oauth/token");
		assertThat(tokenEndpoint.getId().getTags()).contains(Tag.of("method", "POST"), Tag.of("status", "400"),
				Tag.of(SmartcarObservationConvention.ERROR_TYPE, "AUTHENTICATION"));
		assertThat(timer("/v2.0/vehicles/{id}").getId().getTag(SmartcarObservationConvention.ERROR_TYPE))
			.isEqualTo("AUTHENTICATION");
		assertNoTagNamesAVehicleOrAToken();
	}

	private Timer timer(String uri) {
		return this.meterRegistry.get(SmartcarObservationConvention.OBSERVATION_NAME).tag("uri", uri).timer();
	}

	private void assertNoTagNamesAVehicleOrAToken() {
		assertThat(this.meterRegistry.find("http.client.requests").timers()).isEmpty();
		List<String> tagValues = this.meterRegistry.getMeters()
			.stream()
			.map(Meter::getId)
			.flatMap((id) -> id.getTags().stream())
			.map(Tag::getValue)
			.toList();
		List<String> keyValues = this.observations.contexts.stream()
			.flatMap((context) -> context.getAllKeyValues().stream())
			.map(KeyValue::getValue)
			.toList();
		assertThat(keyValues).isNotEmpty();
		assertThat(Stream.concat(tagValues.stream(), keyValues.stream()))
			.allSatisfy((value) -> assertThat(value).doesNotContain(VEHICLE_ID, ACCESS_TOKEN, REFRESH_TOKEN));
	}

	/**
	 * Keeps the context of every HTTP client observation, with its high-cardinality key
	 * values, which go to traces rather than meters.
	 */
	@Configuration(proxyBeanMethods = false)
	static class RecordedObservations {

		final List<ClientRequestObservationContext> contexts = new CopyOnWriteArrayList<>();

		@Bean
		ObservationHandler<ClientRequestObservationContext> recordingHandler() {
			return new ObservationHandler<>() {

				@Override
				public void onStop(ClientRequestObservationContext context) {
					RecordedObservations.this.contexts.add(context);
				}

				@Override
				public boolean supportsContext(Observation.Context context) {
					return context instanceof ClientRequestObservationContext;
				}

			};
		}

	}

}
