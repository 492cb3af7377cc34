package org.smartcarboot.vehicle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.RecordedPayloads;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.vehicle.ServiceRecord.ServiceCost;
import org.smartcarboot.vehicle.ServiceRecord.ServiceDetail;
import org.smartcarboot.vehicle.ServiceRecord.ServiceTask;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_PATH;

/**
 * Tests the service history read: the top-level JSON array of Smartcar's recorded payload
 * and of the documented shape, and the date range sent as query parameters.
 */
class ServiceHistoryTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private static final String HISTORY = VEHICLE_PATH + "/service/history";

	private SmartcarVehicle vehicle;

	@BeforeEach
	void buildTheService() {
		this.vehicle = SmartcarApiStub.vehicle(api);
	}

	@Test
	void readsEveryRecordOfTheRecordedPayload() {
		api.stubFor(get(urlEqualTo(HISTORY)).willReturn(SmartcarApiStub.recorded("ServiceHistory.json")));

		SmartcarResponse<List<ServiceRecord>> history = this.vehicle.serviceHistory();

		assertThat(history.value()).containsExactly(
				new ServiceRecord("12345", Instant.parse("2022-07-10T16:20:00Z"), 50000.0,
						List.of(new ServiceTask("1", "oil change")), List.of(new ServiceDetail("dealership", null)),
						new ServiceCost(100.0, "USD")),
				new ServiceRecord("23456", Instant.parse("2023-01-15T10:30:00Z"), 62000.0,
						List.of(new ServiceTask("2", "tire rotation"), new ServiceTask("3", "air filter replacement")),
						List.of(new ServiceDetail("independent garage", null)), new ServiceCost(150.0, "USD")),
				new ServiceRecord("34567", Instant.parse("2023-04-20T14:45:00Z"), 73000.0,
						List.of(new ServiceTask("4", "brake pad replacement"), new ServiceTask("5", "coolant flush")),
						List.of(new ServiceDetail("specialist", null)), new ServiceCost(300.0, "USD")));
		assertThat(history.meta()).isEqualTo(SmartcarApiStub.meta(UnitSystem.METRIC));
		api.verify(1, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(HISTORY)), UnitSystem.METRIC));
	}

	@Test
	void readsTheDocumentedShapeWithDetailListsAndNulls() {
		api.stubFor(get(urlEqualTo(HISTORY)).willReturn(SmartcarApiStub
			.json(RecordedPayloads.fixture("smartcar-docs/ServiceHistory.json"), UnitSystem.METRIC)));

		assertThat(this.vehicle.serviceHistory().value()).containsExactly(
				new ServiceRecord(null, Instant.parse("2023-06-28T22:21:41.583Z"), 46047.22,
						List.of(new ServiceTask("3262", "Replace cabin air filter"), new ServiceTask("3041", null),
								new ServiceTask(null, null)),
						List.of(new ServiceDetail("dealership", "Main Street Motors"),
								new ServiceDetail("warranty", null)),
						new ServiceCost(null, null)),
				new ServiceRecord("svc-2024-0001", null, null, List.of(), List.of(), null));
	}

	@Test
	void sendsTheDateRangeAsQueryParameters() {
		api.stubFor(get(urlPathEqualTo(HISTORY)).willReturn(SmartcarApiStub.json("[]", UnitSystem.METRIC)));

		List<ServiceRecord> history = this.vehicle.serviceHistory(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
			.value();

		assertThat(history).isEmpty();
		api.verify(1,
				SmartcarApiStub.authorized(
						getRequestedFor(urlEqualTo(HISTORY + "?start_date=2023-01-01&end_date=2023-12-31")),
						UnitSystem.METRIC));
		api.verify(1, getRequestedFor(urlPathEqualTo(HISTORY)).withQueryParam("start_date", equalTo("2023-01-01"))
			.withQueryParam("end_date", equalTo("2023-12-31")));
	}

	@Test
	void aRangeOfOneDayIsSent() {
		api.stubFor(get(urlPathEqualTo(HISTORY)).willReturn(SmartcarApiStub.json("[]", UnitSystem.METRIC)));

		this.vehicle.serviceHistory(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));

		api.verify(1, getRequestedFor(urlEqualTo(HISTORY + "?start_date=2024-02-29&end_date=2024-02-29")));
	}

	@Test
	void anObjectInsteadOfTheArrayIsASmartcarException() {
		api.stubFor(get(urlEqualTo(HISTORY)).willReturn(SmartcarApiStub.json("{\"serviceId\":1}", UnitSystem.METRIC)));

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(this.vehicle::serviceHistory)
			.satisfies((ex) -> assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE"));
	}

}
