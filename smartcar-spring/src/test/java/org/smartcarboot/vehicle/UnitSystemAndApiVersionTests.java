package org.smartcarboot.vehicle;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_ID;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_PATH;

/**
 * Tests the unit system and API version chosen per service and per vehicle handle: the
 * header and path sent, and the unit system read back from the response.
 */
class UnitSystemAndApiVersionTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private LibraryTestSetup security;

	@BeforeEach
	void storeAToken() {
		this.security = SmartcarApiStub.security(api);
	}

	@Test
	void anImperialHandleAsksForImperialAndReadsTheUnitSystemTheResponseNames() {
		api.stubFor(get(urlEqualTo(VEHICLE_PATH + "/tires/pressure")).willReturn(SmartcarApiStub.json(
				"{\"frontLeft\":31.8,\"frontRight\":31.7,\"backLeft\":32.1,\"backRight\":null}", UnitSystem.IMPERIAL)));

		SmartcarResponse<TirePressure> pressure = vehicle(SmartcarApiStub.service(api, this.security))
			.withUnitSystem(UnitSystem.IMPERIAL)
			.tirePressure();

		assertThat(pressure.value()).isEqualTo(new TirePressure(31.8, 31.7, 32.1, null));
		assertThat(pressure.meta()).isEqualTo(SmartcarApiStub.meta(UnitSystem.IMPERIAL));
		api.verify(1, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(VEHICLE_PATH + "/tires/pressure")),
				UnitSystem.IMPERIAL));
	}

	@Test
	void theResponsesUnitSystemWinsOverTheOneAskedFor() {
		api.stubFor(get(urlEqualTo(VEHICLE_PATH + "/fuel")).willReturn(SmartcarApiStub
			.json("{\"range\":64.8,\"percentRemaining\":0.3,\"amountRemaining\":53.2}", UnitSystem.METRIC)));

		SmartcarResponse<Fuel> fuel = vehicle(
				SmartcarApiStub.service(api, this.security).unitSystem(UnitSystem.IMPERIAL))
			.fuel();

		assertThat(fuel.meta().unitSystem()).isEqualTo(UnitSystem.METRIC);
		assertThat(fuel.value()).isEqualTo(new Fuel(64.8, 0.3, 53.2));
		api.verify(1,
				SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(VEHICLE_PATH + "/fuel")), UnitSystem.IMPERIAL));
	}

	@Test
	void aHandleOnVersionOneCallsTheVersionOnePaths() {
		String v1 = "/v1.0/vehicles/" + VEHICLE_ID;
		api.stubFor(get(urlEqualTo(v1 + "/battery")).willReturn(SmartcarApiStub.recorded("GetBatteryLevel.json")));
		api.stubFor(post(urlEqualTo(v1 + "/charge")).willReturn(SmartcarApiStub.recorded("ChargingAction.json")));

		SmartcarVehicle vehicle = vehicle(SmartcarApiStub.service(api, this.security)).withApiVersion("1.0");

		assertThat(vehicle.battery().value()).isEqualTo(new Battery(40.5, 0.3));
		assertThat(vehicle.startCharge().value().status()).isEqualTo("success");
		api.verify(1, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(v1 + "/battery")), UnitSystem.METRIC));
		api.verify(1, postRequestedFor(urlEqualTo(v1 + "/charge")));
		assertThat(api.getAllServeEvents()).hasSize(2);
	}

	@Test
	void aServiceOnVersionOneReadsTheUserFromVersionOne() {
		api.stubFor(get(urlEqualTo("/v1.0/user")).willReturn(SmartcarApiStub.recorded("GetUser.json")));

		SmartcarVehicleService service = SmartcarApiStub.service(api, this.security).apiVersion("1.0").build();

		assertThat(service.forUser(SmartcarApiStub.USER).user().value().id())
			.isEqualTo("e0514ef4-5226-11e8-8c13-8f6e8f02e27e");
		api.verify(1, getRequestedFor(urlEqualTo("/v1.0/user")));
	}

	private static SmartcarVehicle vehicle(SmartcarVehicleServiceBuilder builder) {
		return builder.build().forUser(SmartcarApiStub.USER).vehicle(VEHICLE_ID);
	}

}
