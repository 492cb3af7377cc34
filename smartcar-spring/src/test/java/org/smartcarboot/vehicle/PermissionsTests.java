package org.smartcarboot.vehicle;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_PATH;

/**
 * Tests the permission reads: one page, with and without paging, and
 * {@link SmartcarVehicle#hasPermissions(String...)} over every page.
 */
class PermissionsTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private static final String PERMISSIONS = VEHICLE_PATH + "/permissions";

	private SmartcarVehicle vehicle;

	@BeforeEach
	void buildTheService() {
		this.vehicle = SmartcarApiStub.vehicle(api);
	}

	@Test
	void readsTheFirstPageWithoutPagingParameters() {
		api.stubFor(get(urlEqualTo(PERMISSIONS)).willReturn(SmartcarApiStub.recorded("GetPermissions.json")));

		SmartcarResponse<PermissionPage> page = this.vehicle.permissions();

		assertThat(page.value())
			.isEqualTo(new PermissionPage(List.of("read_vehicle_info"), new VehicleIdPage.Paging(25, 10)));
		assertThat(page.meta()).isEqualTo(SmartcarApiStub.meta(UnitSystem.METRIC));
		api.verify(1, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(PERMISSIONS)), UnitSystem.METRIC));
	}

	@Test
	void readsOnePageWithPagingParameters() {
		api.stubFor(get(urlEqualTo(PERMISSIONS + "?limit=10&offset=20"))
			.willReturn(SmartcarApiStub.recorded("GetPermissions.json")));

		SmartcarResponse<PermissionPage> page = this.vehicle.permissions(10, 20);

		assertThat(page.value().permissions()).containsExactly("read_vehicle_info");
		assertThat(page.meta().requestId()).isEqualTo(SmartcarApiStub.REQUEST_ID);
		api.verify(1, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(PERMISSIONS + "?limit=10&offset=20")),
				UnitSystem.METRIC));
	}

	@Test
	void hasPermissionsReadsEveryPageAndIgnoresTheRequiredPrefix() {
		stubTwoPages();

		assertThat(this.vehicle.hasPermissions("required:read_odometer", "extra_1", "control_charge")).isTrue();
		api.verify(2, getRequestedFor(urlPathEqualTo(PERMISSIONS)));
		api.verify(1, getRequestedFor(urlEqualTo(PERMISSIONS + "?limit=25&offset=0")));
		api.verify(1, getRequestedFor(urlEqualTo(PERMISSIONS + "?limit=25&offset=25")));
	}

	@Test
	void hasPermissionsIsFalseWhenOneIsMissing() {
		stubTwoPages();

		assertThat(this.vehicle.hasPermissions("read_odometer", "control_security")).isFalse();
		api.verify(2, getRequestedFor(urlPathEqualTo(PERMISSIONS)));
	}

	@Test
	void hasPermissionsStopsAtAnEmptyPageWhateverTheCountSays() {
		api.stubFor(get(urlEqualTo(PERMISSIONS + "?limit=25&offset=0"))
			.willReturn(SmartcarApiStub.json(page(List.of("read_fuel"), 40, 0), UnitSystem.METRIC)));
		api.stubFor(get(urlEqualTo(PERMISSIONS + "?limit=25&offset=1"))
			.willReturn(SmartcarApiStub.json(page(List.of(), 40, 1), UnitSystem.METRIC)));

		assertThat(this.vehicle.hasPermissions("read_fuel")).isTrue();
		api.verify(2, getRequestedFor(urlPathEqualTo(PERMISSIONS)));
	}

	private void stubTwoPages() {
		List<String> first = IntStream.range(0, 23).mapToObj((i) -> "extra_" + i).collect(Collectors.toList());
		first.add("read_vehicle_info");
		first.add("read_odometer");
		api.stubFor(get(urlEqualTo(PERMISSIONS + "?limit=25&offset=0"))
			.willReturn(SmartcarApiStub.json(page(first, 27, 0), UnitSystem.METRIC)));
		api.stubFor(get(urlEqualTo(PERMISSIONS + "?limit=25&offset=25")).willReturn(
				SmartcarApiStub.json(page(List.of("read_charge", "control_charge"), 27, 25), UnitSystem.METRIC)));
	}

	private static String page(List<String> permissions, int count, int offset) {
		String items = permissions.stream().map((p) -> "\"" + p + "\"").collect(Collectors.joining(","));
		return "{\"permissions\":[" + items + "],\"paging\":{\"count\":" + count + ",\"offset\":" + offset + "}}";
	}

}
