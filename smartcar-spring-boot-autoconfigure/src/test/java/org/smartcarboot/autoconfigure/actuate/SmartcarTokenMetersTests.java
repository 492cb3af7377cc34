package org.smartcarboot.autoconfigure.actuate;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.junit.jupiter.api.Test;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.token.SmartcarTokenMetrics;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that Spring Boot's meter registry counts the token events the simulator drives: a
 * refresh of an expired token, a refresh the token endpoint fails, a refresh token
 * Smartcar rejects ({@code invalid_grant}, so a re-authorization and a removal), and the
 * removal after the last vehicle is disconnected, with tags that name no driver and no
 * token. The registry is shared with other tests of the same context, so counts are
 * compared before and after.
 */
class SmartcarTokenMetersTests extends SimulatorBackedTest {

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private SmartcarVehicleService vehicles;

	@Autowired
	private StoredTokens storedTokens;

	@Test
	void aRefreshIsCounted() {
		SmartcarSimulator simulator = simulator();
		IssuedTokens tokens = simulator.issueTokens();
		this.storedTokens.save(simulator.userId(), tokens.accessToken(), tokens.refreshToken(), Duration.ofMinutes(-5));
		simulator.expireAccessTokens();
		double before = count(SmartcarTokenMetrics.REFRESHES);

		this.vehicles.forUser(simulator.userId()).vehicleIds();

		assertThat(simulator.tokenRequestCount("refresh_token")).isOne();
		assertThat(count(SmartcarTokenMetrics.REFRESHES)).isEqualTo(before + 1);
		assertNoTagNamesADriverOrAToken(simulator, tokens);
	}

	@Test
	void aRefreshTheTokenEndpointFailsIsCountedByKindAndKeepsTheDriver() {
		SmartcarSimulator simulator = simulator();
		IssuedTokens tokens = simulator.issueTokens();
		this.storedTokens.save(simulator.userId(), tokens.accessToken(), tokens.refreshToken(), Duration.ofMinutes(-5));
		simulator.failEndpoint("POST", "/oauth/token", SimulatedError.serverError());
		double failuresBefore = count(SmartcarTokenMetrics.REFRESH_FAILURES, SmartcarTokenMetrics.KIND, "SERVER_ERROR");
		double removalsBefore = count(SmartcarTokenMetrics.REMOVALS);

		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> this.vehicles.forUser(simulator.userId()).vehicleIds());

		assertThat(count(SmartcarTokenMetrics.REFRESH_FAILURES, SmartcarTokenMetrics.KIND, "SERVER_ERROR"))
			.isEqualTo(failuresBefore + 1);
		assertThat(count(SmartcarTokenMetrics.REMOVALS)).isEqualTo(removalsBefore);
		assertThat(this.storedTokens.load(simulator.userId())).isNotNull();
		assertNoTagNamesADriverOrAToken(simulator, tokens);
	}

	@Test
	void aRejectedRefreshTokenIsAFailureAReauthorizationAndARemoval() {
		SmartcarSimulator simulator = simulator();
		this.storedTokens.save(simulator.userId(), "expired-access-token", "revoked-refresh-token",
				Duration.ofMinutes(-5));
		double failuresBefore = count(SmartcarTokenMetrics.REFRESH_FAILURES, SmartcarTokenMetrics.KIND,
				"REFRESH_TOKEN_REJECTED");
		double reauthorizationsBefore = count(SmartcarTokenMetrics.REAUTHORIZATIONS, SmartcarTokenMetrics.REASON,
				"REFRESH_TOKEN_REJECTED");
		double removalsBefore = count(SmartcarTokenMetrics.REMOVALS, SmartcarTokenMetrics.REASON,
				"REFRESH_TOKEN_REJECTED");

		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> this.vehicles.forUser(simulator.userId()).vehicleIds());

		assertThat(count(SmartcarTokenMetrics.REFRESH_FAILURES, SmartcarTokenMetrics.KIND, "REFRESH_TOKEN_REJECTED"))
			.isEqualTo(failuresBefore + 1);
		assertThat(count(SmartcarTokenMetrics.REAUTHORIZATIONS, SmartcarTokenMetrics.REASON, "REFRESH_TOKEN_REJECTED"))
			.isEqualTo(reauthorizationsBefore + 1);
		assertThat(count(SmartcarTokenMetrics.REMOVALS, SmartcarTokenMetrics.REASON, "REFRESH_TOKEN_REJECTED"))
			.isEqualTo(removalsBefore + 1);
		assertThat(this.registry.find(SmartcarTokenMetrics.REMOVALS).counters())
			.allSatisfy((counter) -> assertThat(counter.getId().getTag(SmartcarTokenMetrics.REGISTRATION))
				.isEqualTo("smartcar"));
	}

	@Test
	void disconnectingTheLastVehicleIsCountedAsARemoval() {
		SmartcarSimulator simulator = simulator();
		IssuedTokens tokens = simulator.issueTokens();
		this.storedTokens.save(simulator.userId(), tokens.accessToken(), tokens.refreshToken(), Duration.ofHours(1));
		double before = count(SmartcarTokenMetrics.REMOVALS, SmartcarTokenMetrics.REASON, "LAST_VEHICLE_DISCONNECTED");
		List<SimulatedVehicle> cars = simulator.vehicles();
		SmartcarVehicleService driver = this.vehicles.forUser(simulator.userId());

		for (SimulatedVehicle car : cars.subList(0, cars.size() - 1)) {
			driver.vehicle(car.id()).disconnect();
		}
		assertThat(count(SmartcarTokenMetrics.REMOVALS, SmartcarTokenMetrics.REASON, "LAST_VEHICLE_DISCONNECTED"))
			.as("a vehicle is left")
			.isEqualTo(before);
		driver.vehicle(cars.get(cars.size() - 1).id()).disconnect();

		assertThat(count(SmartcarTokenMetrics.REMOVALS, SmartcarTokenMetrics.REASON, "LAST_VEHICLE_DISCONNECTED"))
			.isEqualTo(before + 1);
	}

	private double count(String name, String... tags) {
		return this.registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
	}

	private void assertNoTagNamesADriverOrAToken(SmartcarSimulator simulator, IssuedTokens tokens) {
		List<String> tagValues = this.registry.getMeters()
			.stream()
			.map(Meter::getId)
			.filter((id) -> id.getName().startsWith("smartcar.token."))
			.flatMap((id) -> id.getTags().stream())
			.map(Tag::getValue)
			.toList();
		assertThat(tagValues).isNotEmpty()
			.doesNotContain(simulator.userId(), tokens.accessToken(), tokens.refreshToken());
	}

}
