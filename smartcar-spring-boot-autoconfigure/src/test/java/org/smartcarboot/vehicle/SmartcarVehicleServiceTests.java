package org.smartcarboot.vehicle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.api.ResponseMeta;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests {@link SmartcarVehicleService} against the Smartcar simulator over loopback.
 */
class SmartcarVehicleServiceTests extends SimulatorBackedTest {

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	private StoredTokens storedTokens;

	private SmartcarSimulator simulator;

	private SmartcarVehicleService user;

	private SimulatedVehicle car;

	@BeforeEach
	void connectTheSimulatedUser() {
		this.simulator = simulator();
		IssuedTokens tokens = this.simulator.issueTokens();
		this.storedTokens.save(this.simulator.userId(), tokens.accessToken(), tokens.refreshToken(),
				tokens.expiresIn());
		this.user = this.service.forUser(this.simulator.userId());
		this.car = this.simulator.vehicles().get(0);
		this.car.setLocked(false);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void readsTheUserId() {
		assertThat(this.user.userId()).isEqualTo(this.simulator.userId());
	}

	@Test
	void readsAllVehicleIdsAndSinglePages() {
		List<String> expected = this.simulator.vehicles().stream().map(SimulatedVehicle::id).toList();
		assertThat(this.user.vehicleIds()).containsExactlyElementsOf(expected);
		VehicleIdPage page = this.user.vehicleIds(2, 1);
		assertThat(page.vehicles()).containsExactlyElementsOf(expected.subList(1, 3));
		assertThat(page.paging()).isEqualTo(new VehicleIdPage.Paging(expected.size(), 1));
	}

	@Test
	void readsAttributesVinAndLocation() {
		SmartcarVehicle vehicle = this.user.vehicle(this.car.id());
		assertThat(vehicle.attributes().value())
			.isEqualTo(new VehicleAttributes(this.car.id(), this.car.make(), this.car.model(), this.car.year()));
		assertThat(vehicle.vin().value().vin()).isEqualTo(this.car.vin());
		Location location = vehicle.location().value();
		assertThat(location.latitude()).isEqualTo(this.car.latitude());
		assertThat(location.longitude()).isEqualTo(this.car.longitude());
	}

	@Test
	void readsTheOdometerWithItsMetadata() {
		SmartcarResponse<Odometer> odometer = this.user.vehicle(this.car.id()).odometer();
		assertThat(odometer.value().distance()).isCloseTo(this.car.odometerKm(), within(0.01));
		ResponseMeta meta = odometer.meta();
		assertThat(meta.unitSystem()).isEqualTo(UnitSystem.METRIC);
		assertThat(meta.requestId()).isNotBlank();
		assertThat(meta.fetchedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
		assertThat(meta.dataAge()).isBefore(meta.fetchedAt());
	}

	@Test
	void readsTheOdometerInTheRequestedUnitSystem() {
		SmartcarResponse<Odometer> odometer = this.user.vehicle(this.car.id())
			.withUnitSystem(UnitSystem.IMPERIAL)
			.odometer();
		assertThat(odometer.meta().unitSystem()).isEqualTo(UnitSystem.IMPERIAL);
		assertThat(odometer.value().distance()).isCloseTo(this.car.odometerKm() * 0.621371, within(0.01));
	}

	@Test
	void lockAndUnlockChangeTheCar() {
		SmartcarResponse<ActionResult> locked = this.user.vehicle(this.car.id()).lock();
		assertThat(locked.value().status()).isEqualTo("success");
		assertThat(this.car.isLocked()).isTrue();
		this.user.vehicle(this.car.id()).unlock();
		assertThat(this.car.isLocked()).isFalse();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "../user", "a/b", "a.b", "a?limit=1", "a#b", "a b", "%2e%2e" })
	void aVehicleIdThatIsNotPlainIsRefusedBeforeAnyRequest(String vehicleId) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.user.vehicle(vehicleId).odometer())
			.withMessageContaining("vehicleId");
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/{id}/odometer")).isZero();
		assertThat(this.simulator.requestCount("GET", "/v2.0/user")).isZero();
	}

	@Test
	void wrongPagingIsRefusedBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.user.vehicleIds(0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.user.vehicleIds(51, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.user.vehicleIds(10, -1));
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles")).isZero();
	}

	@Test
	void aRateLimitBecomesASmartcarExceptionWithRetryAfter() {
		this.simulator.failEndpoint("GET", "/v2.0/vehicles/{id}/odometer",
				SimulatedError.rateLimit(Duration.ofSeconds(30)));
		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> this.user.vehicle(this.car.id()).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(429);
				assertThat(ex.getType()).isEqualTo("RATE_LIMIT");
				assertThat(ex.getCode()).isEqualTo("VEHICLE");
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
				assertThat(ex.getRequestId()).isNotBlank();
				assertThat(ex.getMessage()).startsWith("429 RATE_LIMIT:VEHICLE - ").contains(ex.getRequestId());
			});
	}

	@Test
	void aFailedCommandIsNotRetried() {
		this.simulator.failEndpoint("POST", "/v2.0/vehicles/{id}/security", SimulatedError.serverError());
		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> this.user.vehicle(this.car.id()).lock())
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(500));
		assertThat(this.simulator.requestCount("POST", "/v2.0/vehicles/{id}/security")).isEqualTo(1);
		assertThat(this.car.isLocked()).isFalse();
	}

	@Test
	void aTokenSmartcarRejectsBeforeItsExpiryIsRefreshedOnceAndTheReadSentAgain() {
		String rejected = this.storedTokens.load(this.simulator.userId()).getAccessToken().getTokenValue();
		this.simulator.expireAccessTokens();

		assertThat(this.user.userId()).isEqualTo(this.simulator.userId());

		assertThat(this.simulator.requestCount("GET", "/v2.0/user")).isEqualTo(2);
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		String stored = this.storedTokens.load(this.simulator.userId()).getAccessToken().getTokenValue();
		assertThat(stored).isNotEqualTo(rejected);
		assertThat(this.simulator.isAccessTokenValid(stored)).isTrue();
	}

	@Test
	void theSignedInUserIsUsedWhenNoUserIsNamed() {
		SecurityContextHolder.getContext().setAuthentication(StoredTokens.principal(this.simulator.userId()));
		assertThat(this.service.userId()).isEqualTo(this.simulator.userId());
	}

	@Test
	void withNoSignedInUserAndNoNamedUserNothingIsSent() {
		assertThatIllegalStateException().isThrownBy(() -> this.service.vehicleIds()).withMessageContaining("forUser");
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles")).isZero();
	}

}
