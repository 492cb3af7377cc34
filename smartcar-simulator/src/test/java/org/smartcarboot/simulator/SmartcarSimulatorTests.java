package org.smartcarboot.simulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests for the {@link SmartcarSimulator} lifecycle and its Java API.
 */
class SmartcarSimulatorTests {

	@Test
	void startIsIdempotentAndStopStops() {
		try (SmartcarSimulator simulator = new SmartcarSimulator()) {
			assertThat(simulator.isRunning()).isFalse();
			assertThat(simulator.start()).isSameAs(simulator);
			int port = simulator.port();
			assertThat(port).isPositive();
			assertThat(simulator.start().port()).isEqualTo(port);
			assertThat(simulator.baseUrl()).isEqualTo("http://localhost:" + port);
			assertThat(new SimulatorClient(simulator).get("/v2.0/user").statusCode()).isEqualTo(401);
			simulator.stop();
			assertThat(simulator.isRunning()).isFalse();
			assertThatIllegalStateException().isThrownBy(simulator::baseUrl);
			simulator.stop();
		}
	}

	@Test
	void aRestartKeepsThePortAndTheTokens() {
		try (SmartcarSimulator simulator = new SmartcarSimulator().start()) {
			int port = simulator.port();
			IssuedTokens tokens = simulator.issueTokens();
			simulator.stop();
			simulator.start();
			assertThat(simulator.port()).isEqualTo(port);
			assertThat(simulator.isAccessTokenValid(tokens.accessToken())).isTrue();
			assertThat(new SimulatorClient(simulator)
				.get("/v2.0/user", "Authorization", SimulatorClient.bearer(tokens.accessToken()))
				.statusCode()).isEqualTo(200);
		}
	}

	@Test
	void closeStops() {
		SmartcarSimulator simulator = new SmartcarSimulator().start();
		simulator.close();
		assertThat(simulator.isRunning()).isFalse();
	}

	@Test
	void listensOnAFixedPort() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (SmartcarSimulator simulator = new SmartcarSimulator(port).start()) {
			assertThat(simulator.port()).isEqualTo(port);
			assertThat(new SimulatorClient(simulator).get("/v2.0/user").statusCode()).isEqualTo(401);
		}
	}

	@Test
	void rejectsInvalidPorts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SmartcarSimulator(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> new SmartcarSimulator(65536));
	}

	@Test
	void springPropertiesPointAtTheSimulator() {
		try (SmartcarSimulator simulator = new SmartcarSimulator().start()) {
			String baseUrl = simulator.baseUrl();
			assertThat(simulator.springProperties()).containsExactly(entry("smartcar.client-id", "simulator-client-id"),
					entry("smartcar.client-secret", "simulator-client-secret"), entry("smartcar.urls.connect", baseUrl),
					entry("smartcar.urls.auth", baseUrl), entry("smartcar.urls.api", baseUrl),
					entry("smartcar.urls.management", baseUrl), entry("smartcar.urls.v3", baseUrl + "/v3"),
					entry("smartcar.management-token", "simulator-management-token"));
		}
	}

	@Test
	void hasFourPlausibleCarsOfBothKinds() {
		SmartcarSimulator simulator = new SmartcarSimulator();
		assertThat(simulator.vehicles()).extracting(SimulatedVehicle::powertrain)
			.containsExactly(Powertrain.ELECTRIC, Powertrain.ELECTRIC, Powertrain.ELECTRIC, Powertrain.COMBUSTION);
		assertThat(simulator.connectedVehicles()).isEqualTo(simulator.vehicles());
		assertThat(simulator.vehicles()).hasSize(4).allSatisfy((vehicle) -> {
			assertThat(vehicle.isConnected()).isTrue();
			assertThat(vehicle.rangeKm()).isPositive();
			assertThat(vehicle.tirePressures().frontLeft()).isBetween(150.0, 350.0);
			assertThat(vehicle.vin()).hasSize(17);
			assertThat(vehicle.year()).isBetween(2015, 2030);
			assertThat(vehicle.odometerKm()).isPositive();
			assertThat(vehicle.latitude()).isBetween(-90.0, 90.0);
			assertThat(vehicle.longitude()).isBetween(-180.0, 180.0);
		});
		assertThat(simulator.vehicles()).extracting(SimulatedVehicle::id).doesNotHaveDuplicates();
		SimulatedVehicle first = simulator.vehicles().get(0);
		assertThat(simulator.vehicle(first.id())).isSameAs(first);
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.vehicle("no-such-car"));
		assertThat(simulator.userId()).matches("[0-9a-f-]{36}");
	}

	@Test
	void theCarsKeepTheirIdentities() {
		assertThat(new SmartcarSimulator().vehicles())
			.extracting(SimulatedVehicle::id, SimulatedVehicle::make, SimulatedVehicle::model, SimulatedVehicle::year,
					SimulatedVehicle::vin)
			.containsExactly(
					tuple("36ab27d0-fd9d-4455-823a-ce30af709ffc", "TESLA", "Model 3", 2021, "5YJ3E1EA7MF000316"),
					tuple("7c4f1d9e-2b8a-4e53-9f61-3d0a8e5b2c17", "FORD", "Mustang Mach-E", 2022, "3FMTK3SU5NMA00842"),
					tuple("b2e9a6c3-5f14-4d8b-a7e0-91c6f3d48a25", "VOLKSWAGEN", "ID.4", 2023, "1V2VMPE82PC000123"),
					tuple("d41f8c3a-6b2e-4f7d-9a15-2c8e7b0f4d63", "TOYOTA", "RAV4", 2020, "2T3P1RFV8LC000457"));
	}

	@Test
	void chargeStateFollowsThePlugTheLevelAndTheLimit() {
		SimulatedVehicle tesla = new SmartcarSimulator().vehicles().get(0);
		assertThat(tesla.chargeState()).isEqualTo(SimulatedVehicle.ChargeState.CHARGING);
		tesla.setBatteryPercentRemaining(0.8);
		assertThat(tesla.chargeState()).as("at the limit").isEqualTo(SimulatedVehicle.ChargeState.FULLY_CHARGED);
		tesla.setChargeLimit(0.9);
		assertThat(tesla.chargeState()).as("limit raised").isEqualTo(SimulatedVehicle.ChargeState.CHARGING);
		tesla.setPluggedIn(false);
		assertThat(tesla.chargeState()).isEqualTo(SimulatedVehicle.ChargeState.NOT_CHARGING);
		tesla.setPluggedIn(true);
		assertThat(tesla.chargeState()).as("plugging in does not start charging")
			.isEqualTo(SimulatedVehicle.ChargeState.NOT_CHARGING);
		assertThat(tesla.rangeKm()).isCloseTo(0.8 * 568, within(1e-9));
	}

	@Test
	void batterySettersNeedABatteryAndEngineSettersAnEngine() {
		SmartcarSimulator simulator = new SmartcarSimulator();
		SimulatedVehicle electric = simulator.vehicles().get(0);
		SimulatedVehicle combustion = simulator.vehicles().get(3);
		assertThatIllegalStateException().isThrownBy(electric::fuelPercentRemaining);
		assertThatIllegalStateException().isThrownBy(() -> electric.setOilLifeRemaining(0.5));
		assertThatIllegalStateException().isThrownBy(combustion::batteryPercentRemaining);
		assertThatIllegalStateException().isThrownBy(() -> combustion.setChargeLimit(0.8));
		assertThatIllegalStateException().isThrownBy(combustion::chargeState);
		assertThatIllegalArgumentException().isThrownBy(() -> electric.setChargeLimit(0.49));
		assertThatIllegalArgumentException().isThrownBy(() -> electric.setChargeLimit(1.01));
		assertThatIllegalArgumentException().isThrownBy(() -> electric.setBatteryPercentRemaining(1.5));
		assertThatIllegalArgumentException().isThrownBy(() -> combustion.setFuelPercentRemaining(-0.1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> combustion.setTirePressures(new SimulatedVehicle.TirePressures(240, 240, -1, 240)));
		combustion.setFuelPercentRemaining(0.5);
		assertThat(combustion.fuelLitres()).isEqualTo(27.5);
		assertThat(combustion.rangeKm()).isEqualTo(395.0);
	}

	@Test
	void vehicleSettersValidate() {
		SimulatedVehicle vehicle = new SmartcarSimulator().vehicles().get(0);
		vehicle.setOdometerKm(42.5);
		assertThat(vehicle.odometerKm()).isEqualTo(42.5);
		assertThatIllegalArgumentException().isThrownBy(() -> vehicle.setOdometerKm(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> vehicle.setOdometerKm(Double.NaN));
	}

	@Test
	void issuedTokensAreValidUntilExpired() {
		SmartcarSimulator simulator = new SmartcarSimulator();
		IssuedTokens tokens = simulator.issueTokens();
		assertThat(tokens.expiresIn()).isEqualTo(Duration.ofSeconds(7200));
		assertThat(tokens.accessToken()).isNotEqualTo(tokens.refreshToken());
		assertThat(simulator.isAccessTokenValid(tokens.accessToken())).isTrue();
		assertThat(simulator.isRefreshTokenValid(tokens.refreshToken())).isTrue();
		assertThat(simulator.isAccessTokenValid(tokens.refreshToken())).isFalse();
		assertThat(simulator.isAccessTokenValid(null)).isFalse();
		simulator.expireAccessTokens();
		assertThat(simulator.isAccessTokenValid(tokens.accessToken())).isFalse();
		assertThat(simulator.isRefreshTokenValid(tokens.refreshToken())).isTrue();
	}

	@Test
	void rejectsInvalidSettings() {
		SmartcarSimulator simulator = new SmartcarSimulator();
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.setAccessTokenLifetime(Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> simulator.setRefreshTokenGracePeriod(Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.registerRedirectUri("/relative"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> simulator.failEndpoint("GET", "no-slash", SimulatedError.serverError()));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatedError.of(200, "SERVER", null, "ok"));
		assertThatIllegalArgumentException().isThrownBy(() -> SimulatedError.of(500, " ", null, "blank type"));
	}

	@Test
	void requestCountsNeedARunningSimulator() {
		SmartcarSimulator simulator = new SmartcarSimulator();
		assertThatIllegalStateException().isThrownBy(() -> simulator.requestCount("GET", "/v2.0/user"));
	}

	private static java.util.Map.Entry<String, String> entry(String key, String value) {
		return java.util.Map.entry(key, value);
	}

}
