package org.smartcarboot.vehicle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.api.UnitSystem;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_PATH;

/**
 * Tests the feature flags of a vehicle handle (the Java SDK's vehicle option
 * {@code addFlag}): sent as the {@code flags} query parameter of every request of the
 * handle, beside the request's own query parameters.
 */
class VehicleFlagsTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private SmartcarVehicle vehicle;

	@BeforeEach
	void storeAToken() {
		this.vehicle = SmartcarApiStub.vehicle(api);
	}

	@Test
	void aHandleWithFlagsSendsThemOnReadsAndCommands() {
		api.stubFor(get(urlPathEqualTo(VEHICLE_PATH + "/odometer"))
			.willReturn(SmartcarApiStub.recorded("GetOdometer.json")));
		api.stubFor(post(urlPathEqualTo(VEHICLE_PATH + "/security"))
			.willReturn(SmartcarApiStub.recorded("SecurityAction.json")));
		Map<String, String> flags = new LinkedHashMap<>();
		flags.put("country", "DE");
		flags.put("test", "true");

		SmartcarVehicle flagged = this.vehicle.withFlags(flags).withApiVersion("2.0");
		assertThat(flagged.flags()).containsExactly(entry("country", "DE"), entry("test", "true"));
		assertThat(flagged.apiVersion()).isEqualTo("2.0");
		assertThat(flagged.unitSystem()).isEqualTo(UnitSystem.METRIC);
		assertThat(this.vehicle.flags()).isEmpty();
		assertThat(flagged.odometer().value().distance()).isEqualTo(104.32);
		flagged.lock();

		api.verify(1, getRequestedFor(urlPathEqualTo(VEHICLE_PATH + "/odometer")).withQueryParam("flags",
				equalTo("country:DE test:true")));
		api.verify(1, postRequestedFor(urlPathEqualTo(VEHICLE_PATH + "/security")).withQueryParam("flags",
				equalTo("country:DE test:true")));
	}

	@Test
	void flagsJoinARequestsOwnQueryParameters() {
		api.stubFor(get(urlPathEqualTo(VEHICLE_PATH + "/service/history"))
			.willReturn(SmartcarApiStub.json("[]", UnitSystem.METRIC)));

		this.vehicle.withFlags(Map.of("beta", "1"))
			.serviceHistory(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

		api.verify(1,
				getRequestedFor(urlPathEqualTo(VEHICLE_PATH + "/service/history"))
					.withQueryParam("start_date", equalTo("2024-01-01"))
					.withQueryParam("end_date", equalTo("2024-12-31"))
					.withQueryParam("flags", equalTo("beta:1")));
	}

	@Test
	void aHandleWithoutFlagsSendsNoFlagsParameter() {
		api.stubFor(get(urlPathEqualTo(VEHICLE_PATH + "/odometer"))
			.willReturn(SmartcarApiStub.recorded("GetOdometer.json")));

		this.vehicle.odometer();

		assertThat(api.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().getUrl()).doesNotContain("flags"));
	}

	@Test
	void aFlagThatCouldBreakTheParameterIsRefusedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.vehicle.withFlags(Map.of("a b", "c")))
			.withMessageContaining("flags");
		assertThatIllegalArgumentException().isThrownBy(() -> this.vehicle.withFlags(Map.of("a", "b:c")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.vehicle.withFlags(Map.of("a", "")));
		assertThat(api.getAllServeEvents()).isEmpty();
	}

}
