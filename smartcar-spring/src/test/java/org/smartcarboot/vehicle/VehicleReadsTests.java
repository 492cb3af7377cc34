package org.smartcarboot.vehicle;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.vehicle.DiagnosticSystemStatus.DiagnosticSystem;
import org.smartcarboot.vehicle.DiagnosticTroubleCodes.TroubleCode;
import org.smartcarboot.vehicle.LockStatus.Opening;
import org.smartcarboot.vehicle.NominalCapacity.AvailableCapacity;
import org.smartcarboot.vehicle.NominalCapacity.SelectedCapacity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_ID;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_PATH;

/**
 * Tests every plain read of a vehicle against Smartcar's recorded payloads: each parsed
 * field, the response's metadata, the exact request, and the path and permission of its
 * {@link VehicleRead}.
 */
class VehicleReadsTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private SmartcarVehicle vehicle;

	@BeforeEach
	void buildTheService() {
		this.vehicle = SmartcarApiStub.vehicle(api);
	}

	static Stream<Read> reads() {
		return Stream.of(
				new Read("attributes", SmartcarVehicle::attributes, VehicleRead.ATTRIBUTES, "/", "read_vehicle_info",
						"GetVehicleInfo.json", new VehicleAttributes(VEHICLE_ID, "TESLA", "Model S", 2014)),
				new Read("vin", SmartcarVehicle::vin, VehicleRead.VIN, "/vin", "read_vin", "GetVehicleVin.json",
						new Vin("1234A67Q90F2T4567")),
				new Read("location", SmartcarVehicle::location, VehicleRead.LOCATION, "/location", "read_location",
						"GetLocation.json", new Location(37.4292, 122.1381)),
				new Read("odometer", SmartcarVehicle::odometer, VehicleRead.ODOMETER, "/odometer", "read_odometer",
						"GetOdometer.json", new Odometer(104.32)),
				new Read("fuel", SmartcarVehicle::fuel, VehicleRead.FUEL, "/fuel", "read_fuel", "GetFuel.json",
						new Fuel(40.5, 0.3, 53.2)),
				new Read("battery", SmartcarVehicle::battery, VehicleRead.BATTERY, "/battery", "read_battery",
						"GetBatteryLevel.json", new Battery(40.5, 0.3)),
				new Read("batteryCapacity", SmartcarVehicle::batteryCapacity, VehicleRead.BATTERY_CAPACITY,
						"/battery/capacity", "read_battery", "GetBatteryCapacity.json", new BatteryCapacity(28.0)),
				new Read("nominalCapacity", SmartcarVehicle::nominalCapacity, VehicleRead.NOMINAL_CAPACITY,
						"/battery/nominal_capacity", "read_battery", "GetNominalCapacity.json",
						new NominalCapacity(
								List.of(new AvailableCapacity(70.9, null), new AvailableCapacity(80.9, null),
										new AvailableCapacity(90.9, "BEV:Extended Range")),
								new SelectedCapacity(80.9, "USER_SELECTED"),
								"https://connect.smartcar.com/battery-capacity?vehicle_id=" + VEHICLE_ID
										+ "&client_id=8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
										+ "&token=90abecb6-e7ab-4b85-864a-e1c8bf67f2ad"
										+ "&response_type=vehicle_id&redirect_uri=")),
				new Read("charge", SmartcarVehicle::charge, VehicleRead.CHARGE, "/charge", "read_charge",
						"GetChargingStatus.json", new ChargeStatus(true, "FULLY_CHARGED")),
				new Read("chargeLimit", SmartcarVehicle::chargeLimit, VehicleRead.CHARGE_LIMIT, "/charge/limit",
						"read_charge", "GetChargeLimit.json", new ChargeLimit(0.7)),
				new Read("engineOil", SmartcarVehicle::engineOil, VehicleRead.ENGINE_OIL, "/engine/oil",
						"read_engine_oil", "GetEngineOil.json", new EngineOil(0.35)),
				new Read("tirePressure", SmartcarVehicle::tirePressure, VehicleRead.TIRE_PRESSURE, "/tires/pressure",
						"read_tires", "GetTirePressure.json", new TirePressure(219.1, 219.0, 219.3, 219.2)),
				new Read("lockStatus", SmartcarVehicle::lockStatus, VehicleRead.LOCK_STATUS, "/security",
						"read_security", "GetVehicleLockStatus.json",
						new LockStatus(true, fourOf("LOCKED"), fourOf("CLOSED"),
								List.of(new Opening("sunroof", "CLOSED")),
								List.of(new Opening("rear", "CLOSED"), new Opening("front", "CLOSED")),
								List.of(new Opening("chargingPort", "CLOSED")))),
				new Read("diagnosticSystemStatus", SmartcarVehicle::diagnosticSystemStatus,
						VehicleRead.DIAGNOSTIC_SYSTEM_STATUS, "/diagnostics/system_status", "read_diagnostics",
						"GetDiagnosticSystemStatus.json",
						new DiagnosticSystemStatus(List.of(new DiagnosticSystem("SYSTEM_ENGINE", "OK", null),
								new DiagnosticSystem("SYSTEM_TPMS", "ALERT", "Front left tire"),
								new DiagnosticSystem("SYSTEM_BRAKE_FLUID", "OK", null)))),
				new Read("diagnosticTroubleCodes", SmartcarVehicle::diagnosticTroubleCodes,
						VehicleRead.DIAGNOSTIC_TROUBLE_CODES, "/diagnostics/dtcs", "read_diagnostics",
						"GetDiagnosticTroubleCodes.json",
						new DiagnosticTroubleCodes(
								List.of(new TroubleCode("P0123", Instant.parse("2023-11-01T10:00:00Z")),
										new TroubleCode("P0456", Instant.parse("2023-11-02T11:30:00Z"))))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reads")
	void readsEveryFieldAndTheMetadataWithOneAuthorizedGet(Read read) {
		String url = "/".equals(read.path()) ? VEHICLE_PATH : VEHICLE_PATH + read.path();
		api.stubFor(get(urlEqualTo(url)).willReturn(SmartcarApiStub.recorded(read.fixture())));

		SmartcarResponse<?> response = read.call().apply(this.vehicle);

		assertThat(response.value()).isEqualTo(read.expected());
		assertThat(response.meta()).isEqualTo(SmartcarApiStub.meta(UnitSystem.METRIC));
		api.verify(1, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(url)), UnitSystem.METRIC));
		assertThat(api.getAllServeEvents()).hasSize(1);
		assertThat(read.constant().path()).isEqualTo(read.path());
		assertThat(read.constant().type()).isEqualTo(read.expected().getClass());
		assertThat(read.constant().permission()).isEqualTo(read.permission());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/security          | {"doors":[]}                                      | missing field 'isLocked'
			/security          | {"isLocked":true,"doors":[{"type":"frontLeft"}]}  | missing field 'status'
			/security          | {"isLocked":true,"windows":[null]}                | null item in field 'windows'
			/diagnostics/dtcs  | {"activeCodes":[{"timestamp":null}]}              | missing field 'activeCodes.code'
			/diagnostics/dtcs  | {}                                                | missing field 'activeCodes'
			/battery           | {"range":40.5}                                    | missing field 'percentRemaining'
			/charge            | {"isPluggedIn":true,"state":null}                 | missing field 'state'
			""")
	void aBodyMissingARequiredFieldIsAnUnreadableResponse(String path, String body, String problem) {
		api.stubFor(get(urlEqualTo(VEHICLE_PATH + path)).willReturn(SmartcarApiStub.json(body, UnitSystem.METRIC)));
		VehicleRead<?> read = Stream
			.of(VehicleRead.LOCK_STATUS, VehicleRead.DIAGNOSTIC_TROUBLE_CODES, VehicleRead.BATTERY, VehicleRead.CHARGE)
			.filter((candidate) -> candidate.path().equals(path))
			.findFirst()
			.orElseThrow();

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> this.vehicle.read(read)).satisfies((ex) -> {
			assertThat(ex.getType()).isEqualTo("UNREADABLE_RESPONSE");
			assertThat(ex.getRequestId()).isEqualTo(SmartcarApiStub.REQUEST_ID);
			assertThat(ex.getDescription()).contains(problem);
		});
	}

	@Test
	void aMissingListIsEmptyAndAMissingOptionalValueIsNull() {
		api.stubFor(get(urlEqualTo(VEHICLE_PATH + "/security"))
			.willReturn(SmartcarApiStub.json("{\"isLocked\":false}", UnitSystem.METRIC)));
		api.stubFor(get(urlEqualTo(VEHICLE_PATH + "/fuel"))
			.willReturn(SmartcarApiStub.json("{\"range\":null,\"percentRemaining\":0.5}", UnitSystem.METRIC)));
		api.stubFor(get(urlEqualTo(VEHICLE_PATH + "/battery/nominal_capacity"))
			.willReturn(SmartcarApiStub.json("{\"capacity\":null,\"url\":null}", UnitSystem.METRIC)));

		assertThat(this.vehicle.lockStatus().value())
			.isEqualTo(new LockStatus(false, List.of(), List.of(), List.of(), List.of(), List.of()));
		assertThat(this.vehicle.fuel().value()).isEqualTo(new Fuel(null, 0.5, null));
		assertThat(this.vehicle.nominalCapacity().value()).isEqualTo(new NominalCapacity(List.of(), null, null));
	}

	private static List<Opening> fourOf(String status) {
		return List.of(new Opening("frontLeft", status), new Opening("frontRight", status),
				new Opening("backLeft", status), new Opening("backRight", status));
	}

	/**
	 * One read: the method, its {@link VehicleRead}, the path below the vehicle, the
	 * permission, the recorded payload and what it parses into.
	 */
	record Read(String name, Function<SmartcarVehicle, SmartcarResponse<?>> call, VehicleRead<?> constant, String path,
			String permission, String fixture, Object expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
