package org.smartcarboot.vehicle;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_ID;

/**
 * Tests that the user and the vehicle list keep the response's metadata, and that the
 * plain conveniences return the same values.
 */
class UserAndVehicleListTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private SmartcarVehicleService service;

	@BeforeEach
	void buildTheService() {
		this.service = SmartcarApiStub.driver(api);
	}

	@Test
	void userKeepsTheMetadata() {
		api.stubFor(get(urlEqualTo("/v2.0/user")).willReturn(SmartcarApiStub.recorded("GetUser.json")));

		SmartcarResponse<SmartcarUser> user = this.service.user();

		assertThat(user.value()).isEqualTo(new SmartcarUser("e0514ef4-5226-11e8-8c13-8f6e8f02e27e"));
		assertThat(user.meta()).isEqualTo(SmartcarApiStub.meta(UnitSystem.METRIC));
		assertThat(this.service.userId()).isEqualTo("e0514ef4-5226-11e8-8c13-8f6e8f02e27e");
		api.verify(2, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo("/v2.0/user")), UnitSystem.METRIC));
	}

	@Test
	void vehiclesKeepsTheMetadata() {
		String url = "/v2.0/vehicles?limit=10&offset=25";
		api.stubFor(get(urlEqualTo(url)).willReturn(SmartcarApiStub.recorded("GetVehicles.json")));

		SmartcarResponse<VehicleIdPage> page = this.service.vehicles(10, 25);

		VehicleIdPage expected = new VehicleIdPage(List.of(VEHICLE_ID), new VehicleIdPage.Paging(25, 10));
		assertThat(page.value()).isEqualTo(expected);
		assertThat(page.meta()).isEqualTo(SmartcarApiStub.meta(UnitSystem.METRIC));
		assertThat(this.service.vehicleIds(10, 25)).isEqualTo(expected);
		api.verify(2, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(url)), UnitSystem.METRIC));
	}

}
