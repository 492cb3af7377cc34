package org.smartcarboot.vehicle;

import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcarboot.RecordedPayloads;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_PATH;

/**
 * Tests every command sent to a vehicle against Smartcar's recorded answers: the exact
 * request (method, path, headers, JSON body), the parsed answer and its metadata.
 */
class VehicleCommandsTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private SmartcarVehicle vehicle;

	@BeforeEach
	void buildTheService() {
		this.vehicle = SmartcarApiStub.vehicle(api);
	}

	static Stream<Command> commands() {
		return Stream.of(
				new Command("lock", SmartcarVehicle::lock, "/security", "{\"action\":\"LOCK\"}", "SecurityAction.json",
						new ActionResult("success", "Message sent successfully to vehicle")),
				new Command("unlock", SmartcarVehicle::unlock, "/security", "{\"action\":\"UNLOCK\"}",
						"SecurityAction.json", new ActionResult("success", "Message sent successfully to vehicle")),
				new Command("startCharge", SmartcarVehicle::startCharge, "/charge", "{\"action\":\"START\"}",
						"ChargingAction.json", new ActionResult("success", "Message sent successfully to vehicle")),
				new Command("stopCharge", SmartcarVehicle::stopCharge, "/charge", "{\"action\":\"STOP\"}",
						"ChargingAction.json", new ActionResult("success", "Message sent successfully to vehicle")),
				new Command("setChargeLimit", (vehicle) -> vehicle.setChargeLimit(0.8), "/charge/limit",
						"{\"limit\":0.8}", "SetChargeLimitAction.json",
						new ActionResult("success", "Charge limit set successfully")),
				new Command("sendDestination", (vehicle) -> vehicle.sendDestination(37.4292, -122.1381),
						"/navigation/destination", "{\"latitude\":37.4292,\"longitude\":-122.1381}",
						"SendDestination.json", new ActionResult("success", "Message sent successfully to vehicle")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("commands")
	void sendsOneJsonPostAndReadsTheAnswer(Command command) {
		String url = VEHICLE_PATH + command.path();
		api.stubFor(post(urlEqualTo(url)).willReturn(SmartcarApiStub.recorded(command.fixture())));

		SmartcarResponse<ActionResult> result = command.call().apply(this.vehicle);

		assertThat(result.value()).isEqualTo(command.expected());
		assertThat(result.meta()).isEqualTo(SmartcarApiStub.meta(UnitSystem.METRIC));
		api.verify(1,
				SmartcarApiStub.authorized(postRequestedFor(urlEqualTo(url)), UnitSystem.METRIC)
					.withHeader("Content-Type", containing("application/json"))
					.withRequestBody(equalToJson(command.body())));
		assertThat(api.getAllServeEvents()).hasSize(1);
	}

	@Test
	void theChargeLimitAndTheCoordinatesAreJsonNumbers() {
		api.stubFor(post(urlEqualTo(VEHICLE_PATH + "/charge/limit"))
			.willReturn(SmartcarApiStub.recorded("SetChargeLimitAction.json")));
		api.stubFor(post(urlEqualTo(VEHICLE_PATH + "/navigation/destination"))
			.willReturn(SmartcarApiStub.recorded("SendDestination.json")));

		this.vehicle.setChargeLimit(1.0);
		this.vehicle.sendDestination(-90, 180);

		JsonNode limit = sentBody("/charge/limit");
		assertThat(limit.get("limit").isNumber()).isTrue();
		assertThat(limit.get("limit").doubleValue()).isEqualTo(1.0);
		JsonNode destination = sentBody("/navigation/destination");
		assertThat(destination.get("latitude").isNumber()).isTrue();
		assertThat(destination.get("latitude").doubleValue()).isEqualTo(-90.0);
		assertThat(destination.get("longitude").isNumber()).isTrue();
		assertThat(destination.get("longitude").doubleValue()).isEqualTo(180.0);
	}

	@Test
	void theLowestChargeLimitIsSent() {
		api.stubFor(post(urlEqualTo(VEHICLE_PATH + "/charge/limit"))
			.willReturn(SmartcarApiStub.recorded("SetChargeLimitAction.json")));

		this.vehicle.setChargeLimit(0.5);

		api.verify(1, postRequestedFor(urlEqualTo(VEHICLE_PATH + "/charge/limit"))
			.withRequestBody(equalToJson("{\"limit\":0.5}")));
	}

	@Test
	void aFailedCommandIsSentOnceAndNotRetried() {
		api.stubFor(post(urlEqualTo(VEHICLE_PATH + "/charge")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withHeader("sc-request-id", "req-409")
			.withBody(RecordedPayloads.read("ErrorVehicleStateV2.json"))));

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(this.vehicle::startCharge).satisfies((ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(409);
			assertThat(ex.getType()).isEqualTo("VEHICLE_STATE");
			assertThat(ex.getCode()).isEqualTo("ASLEEP");
		});
		api.verify(1, postRequestedFor(urlEqualTo(VEHICLE_PATH + "/charge")));
		assertThat(api.getAllServeEvents()).hasSize(1);
	}

	private static JsonNode sentBody(String path) {
		return api.findAll(postRequestedFor(urlEqualTo(VEHICLE_PATH + path)))
			.stream()
			.map((request) -> new JsonMapper().readTree(request.getBodyAsString()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * One command: the method, the path below the vehicle, the JSON body it must send,
	 * the recorded answer and what it parses into.
	 */
	record Command(String name, Function<SmartcarVehicle, SmartcarResponse<ActionResult>> call, String path,
			String body, String fixture, ActionResult expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
