package org.smartcarboot.compatibility;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.compatibility.Compatibility.Capability;
import org.smartcarboot.compatibility.CompatibilityMatrix.Model;
import org.smartcarboot.connect.ConnectMode;
import org.smartcarboot.error.SmartcarException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link SmartcarCompatibilityService} against WireMock: the exact requests of
 * compatibility v1, v2 and the matrix with the client's Basic credentials, every field
 * read, and what is refused before sending.
 */
class SmartcarCompatibilityServiceTests {

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String VIN = "5YJ3E1EA7KF317000";

	/**
	 * {@code base64("app-id:app-secret")}.
	 */
	private static final String BASIC = "Basic YXBwLWlkOmFwcC1zZWNyZXQ=";

	private final SmartcarCompatibilityService service = SmartcarCompatibilityService.builder("app-id", "app-secret")
		.apiUrl(api.baseUrl() + "/")
		.build();

	@Test
	void v2SendsEveryParameterUnderSmartcarsNamesAndReadsEachCapability() {
		String url = "/v2.0/compatibility?vin=" + VIN + "&scope=read_engine_oil%20read_vin&country=CA&mode=test"
				+ "&test_mode_compatibility_level=phev&flags=foo%3Abar%20test%3Atrue";
		api.stubFor(get(urlEqualTo(url)).willReturn(WireMock
			.okJson("""
					{"compatible":true,"reason":null,"capabilities":[
					 {"capable":false,"endpoint":"/engine/oil","permission":"read_engine_oil","reason":"SMARTCAR_NOT_CAPABLE"},
					 {"capable":true,"endpoint":"/vin","permission":"read_vin","reason":null}]}
					""")
			.withHeader("sc-request-id", "req-compat")));

		Map<String, String> flags = new LinkedHashMap<>();
		flags.put("foo", "bar");
		flags.put("test", "true");

		SmartcarResponse<Compatibility> compatibility = this.service
			.compatibility(CompatibilityRequest.of(VIN, List.of("read_engine_oil", "read_vin"))
				.withCountry("CA")
				.withTestModeCompatibilityLevel(TestModeCompatibilityLevel.PHEV)
				.withFlags(flags));

		assertThat(compatibility.value()).isEqualTo(new Compatibility(true, null,
				List.of(new Capability("read_engine_oil", "/engine/oil", false, "SMARTCAR_NOT_CAPABLE"),
						new Capability("read_vin", "/vin", true, null))));
		assertThat(compatibility.meta().requestId()).isEqualTo("req-compat");
		api.verify(getRequestedFor(urlEqualTo(url)).withHeader("Authorization", equalTo(BASIC))
			.withHeader("User-Agent", equalTo("smartcar-spring"))
			.withoutQueryParam("testModeCompatibilityLevel"));
	}

	@Test
	void v2DefaultsToTheUnitedStatesAndSendsNoOptionalParameter() {
		String url = "/v2.0/compatibility?vin=" + VIN + "&scope=read_odometer&country=US";
		api.stubFor(get(urlEqualTo(url)).willReturn(WireMock
			.okJson("{\"compatible\":false,\"reason\":\"MAKE_NOT_COMPATIBLE\",\"capabilities\":[],\"extra\":1}")));

		Compatibility compatibility = this.service.compatibility(CompatibilityRequest.of(VIN, List.of("read_odometer")))
			.value();

		assertThat(compatibility).isEqualTo(new Compatibility(false, "MAKE_NOT_COMPATIBLE", List.of()));
		api.verify(getRequestedFor(urlEqualTo(url)).withHeader("Authorization", equalTo(BASIC)));
	}

	@Test
	void v2ReadsAnAnswerWithoutCapabilitiesAsNone() {
		api.stubFor(get(urlPathEqualTo("/v2.0/compatibility"))
			.willReturn(WireMock.okJson("{\"compatible\":false,\"reason\":\"VEHICLE_NOT_COMPATIBLE\"}")));

		assertThat(this.service.compatibility(CompatibilityRequest.of(VIN, List.of("read_vin"))).value().capabilities())
			.isEmpty();
	}

	@Test
	void v1SendsVinScopeAndCountry() {
		String url = "/v1.0/compatibility?vin=" + VIN + "&scope=read_odometer%20read_location&country=US";
		api.stubFor(get(urlEqualTo(url))
			.willReturn(WireMock.okJson("{\"compatible\":true}").withHeader("sc-request-id", "req-v1")));

		SmartcarResponse<CompatibilityV1> compatibility = this.service.compatibilityV1(VIN,
				List.of("read_odometer", "read_location"), "US");

		assertThat(compatibility.value()).isEqualTo(new CompatibilityV1(true));
		assertThat(compatibility.meta().requestId()).isEqualTo("req-v1");
		api.verify(getRequestedFor(urlEqualTo(url)).withHeader("Authorization", equalTo(BASIC)));
	}

	@Test
	void theMatrixIsReadPerMake() {
		String url = "/v2.0/compatibility/matrix?region=US&mode=live&make=NISSAN%20TESLA&scope=read_battery"
				+ "&type=BEV";
		api.stubFor(get(urlEqualTo(url)).willReturn(WireMock.okJson("""
				{"NISSAN":[{"model":"LEAF","startYear":2018,"endYear":2022,"type":"BEV",
				  "endpoints":["EV battery","EV charging status","Location","Lock & unlock","Odometer"],
				  "permissions":["read_battery","read_charge","read_location","control_security","read_odometer"]}],
				 "TESLA":[{"model":"3","startYear":2017,"endYear":null,"type":"BEV",
				  "endpoints":["EV battery"],"permissions":["read_battery"]},
				  {"model":"Model S","startYear":"2012"}]}
				""").withHeader("sc-request-id", "req-matrix")));

		SmartcarResponse<CompatibilityMatrix> matrix = this.service.matrix(CompatibilityMatrixRequest.of("US")
			.withMode(ConnectMode.LIVE)
			.withMakes(List.of("NISSAN", "TESLA"))
			.withScopes(List.of("read_battery"))
			.withType("BEV"));

		assertThat(matrix.value().makes()).containsOnlyKeys("NISSAN", "TESLA");
		assertThat(matrix.value().models("NISSAN")).containsExactly(new Model("LEAF", 2018, 2022, "BEV",
				List.of("EV battery", "EV charging status", "Location", "Lock & unlock", "Odometer"),
				List.of("read_battery", "read_charge", "read_location", "control_security", "read_odometer")));
		assertThat(matrix.value().models("TESLA")).containsExactly(
				new Model("3", 2017, null, "BEV", List.of("EV battery"), List.of("read_battery")),
				new Model("Model S", 2012, null, null, List.of(), List.of()));
		assertThat(matrix.value().models("FORD")).isEmpty();
		assertThat(matrix.meta().requestId()).isEqualTo("req-matrix");
		api.verify(getRequestedFor(urlEqualTo(url)).withHeader("Authorization", equalTo(BASIC)));
	}

	@Test
	void theMatrixOfARegionSendsOnlyTheRegion() {
		api.stubFor(get(urlEqualTo("/v2.0/compatibility/matrix?region=CA")).willReturn(WireMock.okJson("{}")));

		assertThat(this.service.matrix(CompatibilityMatrixRequest.of("CA")).value().makes()).isEmpty();
	}

	@Test
	void aMatrixWithAMakeOfNoModelsIsASmartcarException() {
		api.stubFor(get(urlPathEqualTo("/v2.0/compatibility/matrix")).willReturn(WireMock.okJson("{\"TESLA\":null}")));

		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> this.service.matrix(CompatibilityMatrixRequest.of("US")))
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE");
				assertThat(ex.getDescription()).contains("missing field 'TESLA'");
			});
	}

	@Test
	void anAnswerMissingCompatibleIsASmartcarException() {
		api.stubFor(get(urlPathEqualTo("/v2.0/compatibility"))
			.willReturn(WireMock.okJson("{\"reason\":null}").withHeader("sc-request-id", "req-bad")));

		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> this.service.compatibility(CompatibilityRequest.of(VIN, List.of("read_vin"))))
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE");
				assertThat(ex.getDescription()).contains("missing field 'compatible'");
				assertThat(ex.getRequestId()).isEqualTo("req-bad");
			});
	}

	@Test
	void rejectedCredentialsAreASmartcarExceptionWithoutTheSecret() {
		api.stubFor(get(urlPathEqualTo("/v2.0/compatibility"))
			.willReturn(aResponse().withStatus(401).withBody("Unauthorized: " + BASIC + " for app-id")));

		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> this.service.compatibility(CompatibilityRequest.of(VIN, List.of("read_vin"))))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(401);
				assertThat(ex.getMessage()).doesNotContain("app-secret", "YXBwLWlkOmFwcC1zZWNyZXQ=");
			});
	}

	@Test
	void badParametersAreRefusedBeforeSending() {
		List<String> scopes = List.of("read_vin");
		assertThatIllegalArgumentException().isThrownBy(() -> CompatibilityRequest.of("5YJ3E1EA7KF31700", scopes))
			.withMessage("vin must be a 17-character VIN, was '5YJ3E1EA7KF31700'");
		assertThatIllegalArgumentException().isThrownBy(() -> CompatibilityRequest.of("5YJ3E1EA7KF3170O", scopes));
		assertThatIllegalArgumentException().isThrownBy(() -> CompatibilityRequest.of(VIN, List.of()))
			.withMessage("scopes must name at least one permission");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CompatibilityRequest.of(VIN, List.of("required:read_vin")))
			.withMessageContaining("no 'required:' prefix");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CompatibilityRequest.of(VIN, Arrays.asList("read_vin", null)));
		assertThatIllegalArgumentException().isThrownBy(() -> CompatibilityRequest.of(VIN, scopes).withCountry("usa"))
			.withMessageContaining("two-letter");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CompatibilityRequest(VIN, scopes, "US", ConnectMode.LIVE,
					TestModeCompatibilityLevel.BEV, Map.of()))
			.withMessage("testModeCompatibilityLevel needs mode TEST, mode was LIVE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CompatibilityRequest.of(VIN, scopes).withFlags(Map.of("a b", "c")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CompatibilityRequest.of(VIN, scopes).withFlags(Map.of("a", "b:c")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.compatibilityV1(VIN, scopes, "U"));
		assertThatIllegalArgumentException().isThrownBy(() -> CompatibilityMatrixRequest.of("us"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CompatibilityMatrixRequest.of("US").withMakes(List.of("TESLA MOTORS")));
		assertThatIllegalArgumentException().isThrownBy(() -> CompatibilityMatrixRequest.of("US").withType("bev"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CompatibilityMatrixRequest.of("US").withScopes(List.of("Read Battery")));
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	@Test
	void theBuilderRefusesBadCredentialsAndUrlsWithoutQuotingTheSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> SmartcarCompatibilityService.builder(" ", "secret"));
		assertThatIllegalArgumentException().isThrownBy(() -> SmartcarCompatibilityService.builder("a:b", "secret"))
			.withMessageNotContaining("secret");
		assertThatIllegalArgumentException().isThrownBy(() -> SmartcarCompatibilityService.builder("app-id", ""));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SmartcarCompatibilityService.builder("app-id", "app-secret").apiUrl("api.smartcar.com"))
			.withMessage("apiUrl must be an http or https URL with no query, was 'api.smartcar.com'");
	}

	@Test
	void levelsAreSentInLowerCase() {
		assertThat(TestModeCompatibilityLevel.values()).extracting(TestModeCompatibilityLevel::parameterValue)
			.containsExactly("compatible", "phev", "incompatible", "fuel", "dinosaur", "bev");
	}

}
