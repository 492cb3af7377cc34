package org.smartcarboot.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.RecordedPayloads;
import org.smartcarboot.api.ResponseMeta;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link SmartcarVehicle#batch} and {@link BatchResponse} against WireMock
 * replaying the batch answers Smartcar's Java SDK recorded: one request, each item read
 * on its own, failed and missing items failing alone.
 */
class SmartcarVehicleBatchTests {

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String BATCH = "/v2.0/vehicles/car-1/batch";

	private static final String BATCH_REQUEST_ID = "batch-request-1";

	private SmartcarVehicle car;

	@BeforeEach
	void connectACar() {
		LibraryTestSetup setup = new LibraryTestSetup(api.baseUrl(), "app-id", "app-secret");
		setup.storeTokens("user-1", "access-1", "refresh-1", Duration.ofHours(1));
		this.car = SmartcarVehicleService.builder(setup.manager())
			.apiUrl(api.baseUrl())
			.build()
			.forUser("user-1")
			.vehicle("car-1");
	}

	@Test
	void sendsOneRequestAndReadsTheItemWithItsOwnHeaders() {
		answer(RecordedPayloads.read("BatchResponseSuccess.json"));

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER);

		SmartcarResponse<Odometer> odometer = batch.get(VehicleRead.ODOMETER);
		assertThat(odometer.value()).isEqualTo(new Odometer(32768.0));
		assertThat(odometer.meta()).isEqualTo(new ResponseMeta(BATCH_REQUEST_ID, null, null, UnitSystem.METRIC));
		assertThat(batch.meta().requestId()).isEqualTo(BATCH_REQUEST_ID);
		assertThat(batch.reads()).containsExactly(VehicleRead.ODOMETER);
		api.verify(1,
				postRequestedFor(urlEqualTo(BATCH)).withHeader("Authorization", equalTo("Bearer access-1"))
					.withHeader("sc-unit-system", equalTo("metric"))
					.withHeader("Content-Type", equalTo("application/json"))
					.withRequestBody(equalToJson("{\"requests\":[{\"path\":\"/odometer\"}]}", false, false)));
	}

	@Test
	void readsTheVehicleItselfAtPathSlashAndSendsTheReadsInOrder() {
		answer("{\"responses\":[" + item("/vin", 200, "{}", RecordedPayloads.read("GetVehicleVin.json")) + ","
				+ item("/", 200, "{\"sc-request-id\":\"item-1\"}", RecordedPayloads.read("GetVehicleInfo.json"))
				+ "]}");

		BatchResponse batch = this.car.batch(List.of(VehicleRead.ATTRIBUTES, VehicleRead.VIN));

		assertThat(batch.get(VehicleRead.ATTRIBUTES).value())
			.isEqualTo(new VehicleAttributes("36ab27d0-fd9d-4455-823a-ce30af709ffc", "TESLA", "Model S", 2014));
		assertThat(batch.get(VehicleRead.ATTRIBUTES).meta().requestId()).isEqualTo("item-1");
		assertThat(batch.get(VehicleRead.VIN).value()).isEqualTo(new Vin("1234A67Q90F2T4567"));
		api.verify(postRequestedFor(urlEqualTo(BATCH))
			.withRequestBody(equalToJson("{\"requests\":[{\"path\":\"/\"},{\"path\":\"/vin\"}]}", false, false)));
	}

	@Test
	void aV1ErrorItemFailsAloneAndTheOthersAreRead() {
		// Smartcar's recorded mixed answer: a successful /odometer and a failed /fuel
		answer(RecordedPayloads.read("BatchResponseMixed.json"));

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER, VehicleRead.FUEL);

		assertThat(batch.get(VehicleRead.ODOMETER).value().distance()).isEqualTo(32768.0);
		assertThat(batch.get(VehicleRead.ODOMETER).meta().unitSystem()).isEqualTo(UnitSystem.METRIC);
		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> batch.get(VehicleRead.FUEL))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(409);
				assertThat(ex.getType()).isEqualTo("vehicle_state_error");
				assertThat(ex.getCode()).isEqualTo("VS_000");
				assertThat(ex.getDescription()).isEqualTo("Vehicle state cannot be determined.");
				assertThat(ex.getRequestId()).isEqualTo(BATCH_REQUEST_ID);
				assertThat(ex.getRetryAfter()).isNull();
			});
		assertThat(batch.get(VehicleRead.ODOMETER).value().distance()).isEqualTo(32768.0);
		api.verify(1, postRequestedFor(urlEqualTo(BATCH)).withRequestBody(
				equalToJson("{\"requests\":[{\"path\":\"/odometer\"},{\"path\":\"/fuel\"}]}", false, false)));
	}

	@Test
	void aV1ErrorItemWithoutHeadersHasTheBatchRequestId() {
		answer(RecordedPayloads.read("BatchResponseError.json"));

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER);

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> batch.get(VehicleRead.ODOMETER))
			.satisfies((ex) -> assertThat(ex.getMessage()).isEqualTo(
					"409 vehicle_state_error:VS_000 - Vehicle state cannot be determined. (request id batch-request-1)"));
	}

	@Test
	void aV2ErrorItemKeepsItsOwnRequestIdAndFields() {
		answer(RecordedPayloads.read("BatchResponseErrorV2.json"));

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER);

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> batch.get(VehicleRead.ODOMETER))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(409);
				assertThat(ex.getType()).isEqualTo("VEHICLE_STATE");
				assertThat(ex.getCode()).isEqualTo("DOOR_OPEN");
				assertThat(ex.getDescription()).isEqualTo("Door is open.");
				assertThat(ex.getDocUrl()).isEqualTo("https://smartcar.com/docs/errors/v2.0/vehicle-state/#door_open");
				assertThat(ex.getResolution()).isNull();
				assertThat(ex.getRequestId()).isEqualTo("27767d51-3c32-47c0-8521-6f2be21bfb5b");
			});
	}

	@Test
	void aV2ValidationErrorItemWithDetailIsRead() {
		answer(RecordedPayloads.read("BatchResponseErrorV2WithDetail.json"));

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER);

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> batch.get(VehicleRead.ODOMETER))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getType()).isEqualTo("VALIDATION");
				assertThat(ex.getCode()).isNull();
				assertThat(ex.getDescription()).isEqualTo("Request invalid or malformed. Please check for missing "
						+ "parameters, spelling and casing mistakes, and other syntax issues.");
				assertThat(ex.getDocUrl()).isEqualTo("https://smartcar.com/docs/errors/v2.0/other-errors/#validation");
				assertThat(ex.getResolution()).isNull();
				assertThat(ex.getRequestId()).isEqualTo("614d7c59-3a0f-4d20-a564-185693594ea8");
			});
	}

	@Test
	void aRateLimitedItemCarriesItsOwnRetryAfterWhileTheOtherItemKeepsItsMetadata() {
		answer("{\"responses\":[" + item("/odometer", 200, """
				{"sc-request-id":"item-ok","sc-data-age":"2018-06-20T01:33:37.078Z",
				 "sc-fetched-at":"2018-06-20T01:35:00.000Z","sc-unit-system":"imperial"}""", "{\"distance\":104.32}")
				+ "," + item("/location", 429, "{\"Retry-After\":\"999\",\"sc-request-id\":\"item-429\"}",
						RecordedPayloads.read("ErrorVehicleRateLimit.json"))
				+ "]}");

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER, VehicleRead.LOCATION);

		assertThat(batch.get(VehicleRead.ODOMETER).meta())
			.isEqualTo(new ResponseMeta("item-ok", Instant.parse("2018-06-20T01:33:37.078Z"),
					Instant.parse("2018-06-20T01:35:00.000Z"), UnitSystem.IMPERIAL));
		assertThat(batch.get(VehicleRead.ODOMETER).value().distance()).isEqualTo(104.32);
		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> batch.get(VehicleRead.LOCATION))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getType()).isEqualTo("RATE_LIMIT");
				assertThat(ex.getCode()).isEqualTo("VEHICLE");
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(999));
				assertThat(ex.getResolution()).isEqualTo(new SmartcarException.Resolution("RETRY_LATER", null));
				assertThat(ex.getRequestId()).isEqualTo("5dea93a1-3f79-4246-90c5-89610a20471b");
				assertThat(ex.getSuggestedUserMessage()).startsWith("Your vehicle is temporarily unable to connect");
			});
	}

	@Test
	void aReadMissingFromTheAnswerIsASmartcarExceptionSayingSo() {
		answer(RecordedPayloads.read("BatchResponseSuccess.json"));

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER, VehicleRead.LOCATION);

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> batch.get(VehicleRead.LOCATION))
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE");
				assertThat(ex.getStatusCode()).isEqualTo(200);
				assertThat(ex.getDescription()).contains("no item for /location");
				assertThat(ex.getRequestId()).isEqualTo(BATCH_REQUEST_ID);
			});
		assertThat(batch.get(VehicleRead.ODOMETER).value().distance()).isEqualTo(32768.0);
	}

	@Test
	void aReadTheBatchDidNotAskForIsRefused() {
		answer(RecordedPayloads.read("BatchResponseSuccess.json"));

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER);

		assertThatIllegalArgumentException().isThrownBy(() -> batch.get(VehicleRead.VIN))
			.withMessageStartingWith("VehicleRead[/vin] was not asked for");
	}

	@Test
	void anItemThatCannotBeReadFailsAlone() {
		answer("{\"responses\":[" + item("/odometer", 200, "{}", "{\"miles\":3}") + ","
				+ "{\"path\":\"/location\",\"body\":{\"latitude\":1,\"longitude\":2}},"
				+ "{\"path\":\"/vin\",\"code\":200,\"body\":null},"
				+ item("/", 200, "{}", "{\"id\":\"car-1\",\"make\":\"TESLA\",\"model\":\"S\",\"year\":2020}") + "]}");

		BatchResponse batch = this.car.batch(VehicleRead.ODOMETER, VehicleRead.LOCATION, VehicleRead.VIN,
				VehicleRead.ATTRIBUTES);

		assertUnreadable(() -> batch.get(VehicleRead.ODOMETER), "missing field 'distance'");
		assertUnreadable(() -> batch.get(VehicleRead.LOCATION), "no valid status code");
		assertUnreadable(() -> batch.get(VehicleRead.VIN), "has no body");
		assertThat(batch.get(VehicleRead.ATTRIBUTES).value().make()).isEqualTo("TESLA");
	}

	@Test
	void anAnswerWithoutItemsIsASmartcarException() {
		answer("{\"items\":[]}");

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> this.car.batch(VehicleRead.ODOMETER))
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE");
				assertThat(ex.getDescription()).contains("missing field 'responses'");
			});
	}

	@Test
	void aBatchThatFailsAsAWholeThrowsAtOnce() {
		api.stubFor(post(BATCH).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody(RecordedPayloads.read("ErrorPermissionV2.json"))));

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> this.car.batch(VehicleRead.ODOMETER))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(403);
				assertThat(ex.getType()).isEqualTo("PERMISSION");
				assertThat(ex.getMessage()).doesNotContain("access-1");
			});
	}

	@Test
	void badReadsAreRefusedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.batch())
			.withMessage("a batch needs at least one read");
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.batch(List.of()))
			.withMessage("a batch needs at least one read");
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.batch(VehicleRead.ODOMETER, null))
			.withMessageStartingWith("reads must not contain null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.car.batch(VehicleRead.ODOMETER, VehicleRead.VIN, VehicleRead.ODOMETER))
			.withMessage("a batch reads each path once, VehicleRead[/odometer] is there twice");
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.batch((VehicleRead<?>[]) null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.batch((List<VehicleRead<?>>) null));
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	@Test
	void theBatchDoesNotChangeWhenTheCallersListDoes() {
		answer(RecordedPayloads.read("BatchResponseSuccess.json"));
		List<VehicleRead<?>> reads = new ArrayList<>(List.of(VehicleRead.ODOMETER));

		BatchResponse batch = this.car.batch(reads);
		reads.add(VehicleRead.VIN);

		assertThat(batch.reads()).containsExactly(VehicleRead.ODOMETER);
		assertThat(batch).hasToString("BatchResponse[VehicleRead[/odometer]]");
	}

	private static void assertUnreadable(Runnable read, String problem) {
		assertThatExceptionOfType(SmartcarException.class).isThrownBy(read::run).satisfies((ex) -> {
			assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE");
			assertThat(ex.getDescription()).contains(problem);
			assertThat(ex.getRequestId()).isEqualTo(BATCH_REQUEST_ID);
		});
	}

	private static String item(String path, int code, String headers, String body) {
		return "{\"path\":\"" + path + "\",\"code\":" + code + ",\"headers\":" + headers + ",\"body\":" + body + "}";
	}

	private static void answer(String body) {
		api.stubFor(post(BATCH).willReturn(WireMock.okJson(body).withHeader("sc-request-id", BATCH_REQUEST_ID)));
	}

}
