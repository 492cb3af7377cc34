package org.smartcarboot.vehicle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
 * Tests {@link SmartcarVehicle#request}, the request to any path below a vehicle, against
 * WireMock: what it sends, what it reads, and what it refuses to send.
 */
class SmartcarVehicleRequestTests {

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String AMMETER = "/v2.0/vehicles/car-1/tesla/charge/ammeter";

	private final List<String> uriTemplates = new ArrayList<>();

	private SmartcarVehicle car;

	@BeforeEach
	void connectACar() {
		LibraryTestSetup setup = new LibraryTestSetup(api.baseUrl(), "app-id", "app-secret");
		setup.storeTokens("user-1", "access-1", "refresh-1", Duration.ofHours(1));
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new UriTemplates());
		this.car = SmartcarVehicleService.builder(setup.manager())
			.restClientBuilder(RestClient.builder().observationRegistry(observations))
			.apiUrl(api.baseUrl())
			.build()
			.forUser("user-1")
			.vehicle("car-1");
	}

	@Test
	void getsAMakeSpecificPathWithTheTokenAndReadsJsonAndMetadata() {
		api.stubFor(get(AMMETER).willReturn(
				WireMock.okJson("{\"amperage\":16,\"unit\":\"A\"}").withHeader("sc-request-id", "req-ammeter")));

		SmartcarResponse<JsonNode> ammeter = this.car.request(HttpMethod.GET, "tesla/charge/ammeter", null, Map.of());

		assertThat(ammeter.value().path("amperage").asInt()).isEqualTo(16);
		assertThat(ammeter.value().path("unit").asString()).isEqualTo("A");
		assertThat(ammeter.meta().requestId()).isEqualTo("req-ammeter");
		api.verify(getRequestedFor(urlEqualTo(AMMETER)).withHeader("Authorization", equalTo("Bearer access-1"))
			.withHeader("sc-unit-system", equalTo("metric"))
			.withHeader("User-Agent", equalTo("smartcar-spring"))
			.withHeader("Content-Type", absent()));
		assertThat(this.uriTemplates).containsExactly(api.baseUrl() + "/v2.0/vehicles/{id}/tesla/charge/ammeter");
	}

	@Test
	void postsAJsonBodyWithHeadersThatReplaceTheDefaults() {
		String v1 = "/v1.0/vehicles/car-1/tesla/charge/ammeter";
		api.stubFor(post(v1).willReturn(WireMock.okJson("{\"status\":\"success\"}")));

		SmartcarResponse<JsonNode> answer = this.car.withApiVersion("1.0")
			.request(HttpMethod.POST, "tesla/charge/ammeter", Map.of("amperage", 32, "phases", List.of(1, 2)),
					Map.of("sc-unit-system", "imperial", "X-Trace-Id", "trace-7"));

		assertThat(answer.value().path("status").asString()).isEqualTo("success");
		api.verify(postRequestedFor(urlEqualTo(v1)).withHeader("Authorization", equalTo("Bearer access-1"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("X-Trace-Id", equalTo("trace-7"))
			.withRequestBody(equalToJson("{\"amperage\":32,\"phases\":[1,2]}", false, false)));
		LoggedRequest sent = api.getAllServeEvents().get(0).getRequest();
		assertThat(sent.getHeaders().getHeader("sc-unit-system").values()).containsExactly("imperial");
		assertThat(this.uriTemplates).containsExactly(api.baseUrl() + "/v1.0/vehicles/{id}/tesla/charge/ammeter");
	}

	@Test
	void aLeadingSlashIsDropped() {
		api.stubFor(post(AMMETER).willReturn(WireMock.okJson("{}")));

		this.car.request(HttpMethod.POST, "/tesla/charge/ammeter", Map.of(), Map.of());

		api.verify(postRequestedFor(urlEqualTo(AMMETER)).withRequestBody(equalToJson("{}")));
	}

	@Test
	void anErrorAnswerIsASmartcarException() {
		api.stubFor(get(AMMETER).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"type\":\"RESOURCE_NOT_FOUND\",\"code\":\"PATH\",\"description\":\"Unknown path.\","
					+ "\"requestId\":\"req-404\",\"statusCode\":404}")));

		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> this.car.request(HttpMethod.GET, "tesla/charge/ammeter", null, Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.getMessage())
					.isEqualTo("404 RESOURCE_NOT_FOUND:PATH - Unknown path. (request id req-404)");
				assertThat(ex.getMessage()).doesNotContain("access-1");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/", "../user", "tesla/../../user", "tesla/./charge", "tesla//charge", "tesla/charge/",
			"tesla/charge?limit=1", "tesla/charge#x", "http://evil.example/x", "//evil.example/x", "tesla/%2e%2e/user",
			"tesla/char ge", "tesla\\charge", "{id}/x" })
	void pathsThatAreNotPlainRelativeSegmentsAreRefusedBeforeSending(String path) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.request(HttpMethod.GET, path, null, Map.of()))
			.withMessageContaining("path must be");
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Authorization", "authorization", "Host", "Content-Length", "Connection", "Bad Name", "" })
	void headersThatAreNotTheCallersAreRefusedBeforeSending(String name) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.car.request(HttpMethod.GET, "tesla/compass", null, Map.of(name, "Bearer stolen")))
			.withMessageContaining("header")
			.withMessageNotContaining("stolen");
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	@Test
	void aHeaderValueOnSeveralLinesIsRefusedWithoutQuotingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.car.request(HttpMethod.GET, "tesla/compass", null,
					Map.of("X-Note", "a\r\nAuthorization: Bearer injected")))
			.withMessage("the value of header X-Note must be a single line");
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	/**
	 * Records the URI template of every client request observation.
	 */
	private final class UriTemplates implements ObservationHandler<ClientRequestObservationContext> {

		@Override
		public void onStart(ClientRequestObservationContext context) {
			SmartcarVehicleRequestTests.this.uriTemplates.add(context.getUriTemplate());
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof ClientRequestObservationContext;
		}

	}

}
