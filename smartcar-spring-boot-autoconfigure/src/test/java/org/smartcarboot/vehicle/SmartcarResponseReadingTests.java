package org.smartcarboot.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.api.ResponseMeta;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.SmartcarRestClientCustomizer;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarNoUsableAnswerException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

/**
 * Tests how the service reads what comes back from Smartcar, well-formed or not, and what
 * it sends, against a WireMock stand-in for the API.
 */
@SpringBootTest(classes = { SmartcarTestApplication.class, SmartcarResponseReadingTests.Customizers.class },
		webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SmartcarResponseReadingTests {

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String USER = "user-1";

	private static final String ODOMETER = "/v2.0/vehicles/car-1/odometer";

	@DynamicPropertySource
	static void pointAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("smartcar.client-id", () -> "app-id");
		registry.add("smartcar.client-secret", () -> "app-secret");
		registry.add("smartcar.scopes", () -> "read_vehicle_info");
		for (String url : new String[] { "connect", "auth", "api", "management" }) {
			registry.add("smartcar.urls." + url, api::baseUrl);
		}
		String other = "spring.security.oauth2.client.";
		registry.add(other + "registration.partner.client-id", () -> "partner-id");
		registry.add(other + "registration.partner.client-secret", () -> "partner-secret");
		registry.add(other + "registration.partner.authorization-grant-type", () -> "client_credentials");
		registry.add(other + "registration.partner.provider", () -> "partner");
		registry.add(other + "provider.partner.token-uri", () -> api.baseUrl() + "/partner/token");
	}

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	private StoredTokens storedTokens;

	@Autowired
	private OAuth2AuthorizedClientManager authorizedClientManager;

	@BeforeEach
	void storeAValidToken() {
		this.storedTokens.save(USER, "access-1", "refresh-1", Duration.ofHours(1));
	}

	@Test
	void theClientComesFromBootsBuilderAndSmartcarCustomizersApply() {
		api.stubFor(get(ODOMETER).willReturn(WireMock.okJson("{\"distance\":1}")));

		odometer();

		api.verify(getRequestedFor(urlEqualTo(ODOMETER)).withHeader("X-Boot-Customizer", equalTo("applied"))
			.withHeader("X-Smartcar-Customizer", equalTo("applied")));
	}

	@Test
	void theSmartcarManagerAlsoServesTheApplicationsClientCredentialsRegistrations() {
		api.stubFor(post("/partner/token").willReturn(
				WireMock.okJson("{\"access_token\":\"partner-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));

		OAuth2AuthorizedClient partner = this.authorizedClientManager
			.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("partner").principal("nightly-job").build());

		assertThat(partner.getAccessToken().getTokenValue()).isEqualTo("partner-token");
	}

	@Test
	void sendsTheTokenUnitSystemAndUserAgentAndParsesUtcTimes() {
		api.stubFor(get(ODOMETER).willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withHeader("sc-request-id", "req-1")
			.withHeader("sc-data-age", "2018-06-20T01:33:37.078Z")
			.withHeader("sc-fetched-at", "2018-06-20T03:33:37.078+02:00")
			.withHeader("sc-unit-system", "imperial")
			.withBody("{\"distance\":104.32,\"unknown\":true}")));

		SmartcarResponse<Odometer> odometer = odometer();

		assertThat(odometer.value()).isEqualTo(new Odometer(104.32));
		assertThat(odometer.meta()).isEqualTo(new ResponseMeta("req-1", Instant.parse("2018-06-20T01:33:37.078Z"),
				Instant.parse("2018-06-20T01:33:37.078Z"), UnitSystem.IMPERIAL));
		api.verify(getRequestedFor(urlEqualTo(ODOMETER)).withHeader("Authorization", equalTo("Bearer access-1"))
			.withHeader("sc-unit-system", equalTo("metric"))
			.withHeader("User-Agent", equalTo("smartcar-spring")));
	}

	@Test
	void vehicleIdsReadsEveryPage() {
		List<String> first = IntStream.range(0, 50).mapToObj((i) -> "car-" + i).toList();
		api.stubFor(get("/v2.0/vehicles?limit=50&offset=0").willReturn(WireMock.okJson(vehiclePage(first, 52, 0))));
		api.stubFor(get("/v2.0/vehicles?limit=50&offset=50")
			.willReturn(WireMock.okJson(vehiclePage(List.of("car-50", "car-51"), 52, 50))));

		List<String> ids = this.service.forUser(USER).vehicleIds();

		assertThat(ids).hasSize(52).startsWith("car-0").endsWith("car-50", "car-51").doesNotHaveDuplicates();
		api.verify(2, getRequestedFor(WireMock.urlPathEqualTo("/v2.0/vehicles")));
	}

	@Test
	void vehicleIdsStopsAtAnEmptyPageWhateverTheCountSays() {
		api.stubFor(get("/v2.0/vehicles?limit=50&offset=0")
			.willReturn(WireMock.okJson(vehiclePage(List.of("car-0"), 10, 0))));
		api.stubFor(get("/v2.0/vehicles?limit=50&offset=1").willReturn(WireMock.okJson(vehiclePage(List.of(), 10, 1))));

		assertThat(this.service.forUser(USER).vehicleIds()).containsExactly("car-0");
		api.verify(2, getRequestedFor(WireMock.urlPathEqualTo("/v2.0/vehicles")));
	}

	private static String vehiclePage(List<String> ids, int count, int offset) {
		String vehicles = ids.stream().map((id) -> "\"" + id + "\"").collect(Collectors.joining(","));
		return "{\"vehicles\":[" + vehicles + "],\"paging\":{\"count\":" + count + ",\"offset\":" + offset + "}}";
	}

	@Test
	void sendsCommandsAsJson() {
		api.stubFor(post("/v2.0/vehicles/car-1/security").willReturn(WireMock.okJson("{\"status\":\"success\"}")));

		assertThat(this.service.forUser(USER).vehicle("car-1").unlock().value())
			.isEqualTo(new ActionResult("success", null));
		api.verify(postRequestedFor(urlEqualTo("/v2.0/vehicles/car-1/security"))
			.withHeader("Content-Type", WireMock.containing("application/json"))
			.withRequestBody(equalToJson("{\"action\":\"UNLOCK\"}")));
	}

	@Test
	void malformedHeadersLeaveTheirMetadataEmpty() {
		api.stubFor(get(ODOMETER).willReturn(WireMock.okJson("{\"distance\":1}")
			.withHeader("sc-data-age", "yesterday")
			.withHeader("sc-unit-system", "furlongs")));

		assertThat(odometer().meta()).isEqualTo(new ResponseMeta(null, null, null, null));
	}

	@Test
	void aBodyMissingAFieldIsASmartcarException() {
		api.stubFor(get(ODOMETER).willReturn(WireMock.okJson("{}").withHeader("sc-request-id", "req-2")));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(this::odometer).satisfies((ex) -> {
			assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE");
			assertThat(ex).hasCauseInstanceOf(RestClientException.class);
			assertThat(ex.getStatusCode()).isEqualTo(200);
			assertThat(ex.getRequestId()).isEqualTo("req-2");
			assertThat(ex.getDescription()).contains("missing field 'distance'");
		});
	}

	@Test
	void aBodyOfTheWrongShapeIsASmartcarException() {
		api.stubFor(get(ODOMETER).willReturn(WireMock.okJson("{\"distance\":\"far\"}")));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(this::odometer)
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE"))
			.satisfies((ex) -> assertThat(ex.getDescription()).contains("far"))
			.withCauseInstanceOf(RestClientException.class);
	}

	@Test
	void aBodyThatIsNotJsonIsASmartcarException() {
		api.stubFor(get(ODOMETER)
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("<html>oops</html>")));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(this::odometer)
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE"))
			.withCauseInstanceOf(RestClientException.class);
	}

	@Test
	void anEmptyBodyIsASmartcarException() {
		api.stubFor(get(ODOMETER).willReturn(aResponse().withStatus(200)));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(this::odometer)
			.satisfies((ex) -> assertThat(ex.getDescription()).contains("empty body"));
	}

	@Test
	void anHtmlErrorPageIsASmartcarExceptionQuotingIt() {
		api.stubFor(get(ODOMETER).willReturn(aResponse().withStatus(502).withBody("<h1>Bad gateway</h1>")));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(this::odometer)
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo(
					"502 UNREADABLE_RESPONSE - Smartcar's error response could not be read: '<h1>Bad gateway</h1>'"));
	}

	@Test
	void noResponseIsASmartcarException() {
		api.stubFor(get(ODOMETER)
			.willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(this::odometer)
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo("NO_RESPONSE"))
			.withCauseInstanceOf(ResourceAccessException.class);
	}

	@Test
	void aCredentialEchoedInAnErrorBodyIsRedacted() {
		api.stubFor(get(ODOMETER).willReturn(aResponse().withStatus(500).withBody("Bearer access-1")));

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(this::odometer)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("access-1").contains("Bearer [redacted]"));
	}

	private SmartcarResponse<Odometer> odometer() {
		return this.service.forUser(USER).vehicle("car-1").odometer();
	}

	@Configuration(proxyBeanMethods = false)
	static class Customizers {

		@Bean
		RestClientCustomizer bootCustomizer() {
			return (builder) -> builder.defaultHeader("X-Boot-Customizer", "applied");
		}

		@Bean
		SmartcarRestClientCustomizer smartcarCustomizer() {
			return (builder) -> builder.defaultHeader("X-Smartcar-Customizer", "applied");
		}

	}

}
