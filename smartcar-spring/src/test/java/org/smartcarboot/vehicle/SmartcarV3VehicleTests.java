package org.smartcarboot.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcarboot.RecordedPayloads;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.v3.Signal;
import org.smartcarboot.v3.SignalPage;
import org.smartcarboot.v3.V3Vehicle;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests the API v3 reads of {@link SmartcarV3Vehicle} against WireMock replaying the
 * payloads recorded for Smartcar's Java SDK, with a service built for a plain Spring
 * application.
 */
class SmartcarV3VehicleTests {

	@RegisterExtension
	static final WireMockExtension smartcar = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String USER = "user-1";

	private static final String CAR = "36ab27d0-fd9d-4455-823a-ce30af709ffc";

	private static final String VEHICLE = "/v3/vehicles/" + CAR;

	private SmartcarV3Vehicle car;

	@BeforeEach
	void storeATokenAndBuildTheService() {
		String baseUrl = "http://127.0.0.1:" + smartcar.getPort();
		LibraryTestSetup security = new LibraryTestSetup(baseUrl, "app-id", "app-secret");
		security.storeTokens(USER, "access-1", "refresh-1", Duration.ofHours(1));
		this.car = SmartcarVehicleService.builder(security.manager())
			.apiUrl(baseUrl)
			.v3ApiUrl(baseUrl + "/v3/")
			.build()
			.forUser(USER)
			.vehicle(CAR)
			.v3();
	}

	@Test
	void readsTheVehicleWithTheDriversToken() {
		smartcar.stubFor(get(VEHICLE).willReturn(fixture("GetVehicle.json")));

		SmartcarResponse<V3Vehicle> response = this.car.vehicle();

		V3Vehicle vehicle = response.value();
		assertThat(vehicle.id()).isEqualTo(CAR);
		assertThat(vehicle.type()).isEqualTo("vehicle");
		assertThat(vehicle.attributes()).isEqualTo(new V3Vehicle.Attributes("TESLA", "Model 3", 2019));
		assertThat(vehicle.links()).isEqualTo(Map.of("self", "/vehicles/" + CAR));
		assertThat(response.meta().requestId()).isEqualTo("req-v3");
		smartcar.verify(getRequestedFor(urlEqualTo(VEHICLE)).withHeader("Authorization", equalTo("Bearer access-1")));
	}

	@Test
	void aV3ReadIsRetriedLikeAnyRead() {
		smartcar.stubFor(get(VEHICLE).inScenario("unavailable once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("available"));
		smartcar.stubFor(get(VEHICLE).inScenario("unavailable once")
			.whenScenarioStateIs("available")
			.willReturn(fixture("GetVehicle.json")));

		assertThat(this.car.vehicle().value().id()).isEqualTo(CAR);
		smartcar.verify(2, getRequestedFor(urlEqualTo(VEHICLE)));
	}

	@Test
	void readsOneSignalWithItsBodyAndTimes() {
		smartcar.stubFor(get(VEHICLE + "/signals/odometer-traveleddistance").willReturn(fixture("SignalV3.json")));

		Signal signal = this.car.signal("odometer-traveleddistance").value();

		assertThat(signal.id()).isEqualTo("odometer-traveleddistance");
		assertThat(signal.type()).isEqualTo("signal");
		Signal.Attributes attributes = signal.attributes();
		assertThat(attributes.code()).isEqualTo("odometer-traveleddistance");
		assertThat(attributes.name()).isEqualTo("TraveledDistance");
		assertThat(attributes.group()).isEqualTo("Odometer");
		assertThat(attributes.status()).isEqualTo(new Signal.Status("SUCCESS"));
		assertThat(attributes.body().path("unit").asString()).isEqualTo("kilometers");
		assertThat(attributes.body().path("value").asDouble()).isEqualTo(115071.50046584333);
		assertThat(signal.meta()).isEqualTo(
				new Signal.Meta(Instant.parse("2025-07-09T23:36:58.549Z"), Instant.parse("2025-07-09T23:35:18.549Z")));
		assertThat(signal.links()).isEqualTo(
				Map.of("self", "/vehicles/tst2e255-d3c8-4f90-9fec-e6e68b98e9cb/signals/odometer-traveleddistance"));
		smartcar.verify(getRequestedFor(urlEqualTo(VEHICLE + "/signals/odometer-traveleddistance"))
			.withHeader("Authorization", equalTo("Bearer access-1")));
	}

	@Test
	void readsASignalPageWithPagingLinksAndTheIncludedVehicle() {
		smartcar.stubFor(get(VEHICLE + "/signals").willReturn(fixture("SignalsV3.json")));

		SignalPage page = this.car.signals().value();

		assertThat(page.signals()).extracting(Signal::id)
			.containsExactly("charge-chargetimers", "odometer-traveleddistance");
		Signal timers = page.signals().get(0);
		assertThat(timers.attributes().name()).isEqualTo("ChargeTimers");
		assertThat(timers.attributes().group()).isEqualTo("Charge");
		JsonNode values = timers.attributes().body().path("values");
		assertThat(values.size()).isEqualTo(2);
		assertThat(values.path(0).path("type").asString()).isEqualTo("location");
		assertThat(values.path(0).path("condition").path("name").asString()).isEqualTo("Home");
		assertThat(values.path(0).path("schedules").path(0).path("days").size()).isEqualTo(5);
		assertThat(values.path(1).path("departureTimers").path(0).path("time").asString()).isEqualTo("17:30:00");
		assertThat(values.path(1).path("isOEMOptimizationEnabled").asBoolean(true)).isFalse();
		assertThat(timers.links()).containsOnlyKeys("self", "values")
			.containsEntry("values",
					"/vehicles/tst2e255-d3c8-4f90-9fec-e6e68b98e9cb/signals/charge-chargetimers/values");
		assertThat(page.signals().get(1).attributes().body().path("value").asDouble()).isEqualTo(115071.50046584333);
		assertThat(page.meta()).isEqualTo(new SignalPage.Meta(1, 2, 2));
		assertThat(page.links()).isEqualTo(Map.of("self", "/vehicles/tst2e255-d3c8-4f90-9fec-e6e68b98e9cb/signals"));
		V3Vehicle included = page.included().vehicle();
		assertThat(included.id()).isEqualTo("tst2e255-d3c8-4f90-9fec-e6e68b98e9cb");
		assertThat(included.attributes()).isEqualTo(new V3Vehicle.Attributes("TESLA", "Model Y", 2021));
		smartcar.verify(getRequestedFor(urlEqualTo(VEHICLE + "/signals")).withHeader("Authorization",
				equalTo("Bearer access-1")));
	}

	@Test
	void asksForAPageOfSignals() {
		smartcar.stubFor(get(VEHICLE + "/signals?page=3&pageSize=25").willReturn(WireMock.okJson("""
				{"data":[],"meta":{"page":3,"pageSize":25,"totalCount":51},
				 "links":{"self":"/s?page=3","first":"/s?page=1","previous":"/s?page=2","next":null,"last":"/s?page=3"}}
				""")));

		SignalPage page = this.car.signals(3, 25).value();

		assertThat(page.signals()).isEmpty();
		assertThat(page.meta()).isEqualTo(new SignalPage.Meta(3, 25, 51));
		assertThat(page.links()).containsOnlyKeys("self", "first", "previous", "last");
		assertThat(page.included()).isNull();
		smartcar.verify(getRequestedFor(urlEqualTo(VEHICLE + "/signals?page=3&pageSize=25")));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "odometer/traveleddistance", "../vehicles", "odometer?x=1", "odometer.x",
			"odometer%2F" })
	void refusesAMalformedSignalCodeBeforeSending(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.signal(code)).withMessageContaining("code");
		assertThat(smartcar.getAllServeEvents()).isEmpty();
	}

	@Test
	void refusesPagingBelowOneBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.signals(0, 10)).withMessageContaining("page");
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.signals(1, 0)).withMessageContaining("pageSize");
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.signals(-1, -1));
		assertThat(smartcar.getAllServeEvents()).isEmpty();
	}

	@Test
	void aV3ErrorBodyIsASmartcarException() {
		smartcar.stubFor(get(VEHICLE + "/signals/charge-ischarging").willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "application/json")
			.withHeader("sc-request-id", "req-502")
			.withBody("""
					{"errors":[{"status":"502","type":"UPSTREAM","code":"NO_RESPONSE","title":"No response",
					 "detail":"The manufacturer did not respond.","links":{"about":"https://smartcar.com/docs"},
					 "resolution":{"type":"RETRY_LATER"},"suggestedUserMessage":"Try again later."}]}
					""")));

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> this.car.signal("charge-ischarging"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(502);
				assertThat(ex.getType()).isEqualTo("UPSTREAM");
				assertThat(ex.getCode()).isEqualTo("NO_RESPONSE");
				assertThat(ex.getDescription()).isEqualTo("The manufacturer did not respond.");
				assertThat(ex.getResolution()).isEqualTo(new SmartcarException.Resolution("RETRY_LATER", null));
				assertThat(ex.getSuggestedUserMessage()).isEqualTo("Try again later.");
				assertThat(ex.getRequestId()).isEqualTo("req-502");
				assertThat(ex.getMessage()).doesNotContain("access-1");
			});
	}

	@Test
	void aSignalMissingARequiredFieldIsAnUnreadableResponse() {
		smartcar.stubFor(get(VEHICLE + "/signals/odometer-traveleddistance").willReturn(WireMock.okJson("""
				{"id":"odometer-traveleddistance","type":"signal",
				 "attributes":{"name":"TraveledDistance","group":"Odometer","status":{"value":"SUCCESS"}}}
				""")));

		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> this.car.signal("odometer-traveleddistance"))
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE");
				assertThat(ex.getDescription()).contains("missing field 'attributes.code'");
			});
	}

	@Test
	void theBuilderRefusesAV3UrlThatIsNotAnAbsoluteHttpUrl() {
		SmartcarVehicleServiceBuilder builder = SmartcarVehicleService
			.builder(new LibraryTestSetup("http://127.0.0.1:1", "app-id", "app-secret").manager());

		for (String url : new String[] { "/v3", "vehicle.api.smartcar.com/v3", "ftp://example.com/v3",
				"http://{host}/v3", "" }) {
			assertThatIllegalArgumentException().as(url)
				.isThrownBy(() -> builder.v3ApiUrl(url))
				.withMessageContaining("v3ApiUrl");
		}
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder fixture(String name) {
		return WireMock.okJson(RecordedPayloads.read(name)).withHeader("sc-request-id", "req-v3");
	}

}
