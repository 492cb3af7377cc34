package org.smartcarboot.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedError;
import org.smartcarboot.simulator.SimulatedFault;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the starter's {@link SmartcarFleetReader} against the simulator: the cars of two
 * drivers read on the fleet executor's threads, a rate-limited car read again, and the
 * vehicles counted in Boot's meter registry.
 */
@TestPropertySource(properties = { "smartcar.fleet.concurrency=2", "smartcar.retry.initial-interval=50ms",
		"smartcar.retry.max-interval=100ms" })
class FleetReadsTests extends SimulatorBackedTest {

	private static final List<String> DRIVERS = List.of("fleet-driver-1", "fleet-driver-2");

	@Autowired
	private SmartcarFleetReader reader;

	@Autowired
	private StoredTokens storedTokens;

	@Autowired
	private MeterRegistry meterRegistry;

	@Test
	void readsTheCarsOfEveryDriverOnTheFleetExecutorAndCountsThem() throws InterruptedException {
		SmartcarSimulator simulator = simulator();
		for (String driver : DRIVERS) {
			IssuedTokens tokens = simulator.issueTokens();
			this.storedTokens.save(driver, tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn());
		}
		SimulatedVehicle tesla = simulator.vehicles().get(0);
		simulator.failEndpoint("GET", "/v2.0/vehicles/" + tesla.id() + "/odometer",
				SimulatedFault.error(SimulatedError.rateLimit(Duration.ofSeconds(1))), 1);
		List<String> ids = simulator.vehicles().stream().map(SimulatedVehicle::id).toList();
		List<FleetVehicle> fleet = DRIVERS.stream().flatMap((driver) -> FleetVehicle.of(driver, ids).stream()).toList();
		Set<String> threads = ConcurrentHashMap.newKeySet();

		FleetReadResult<SmartcarResponse<Odometer>> result = this.reader.read(fleet, (car) -> {
			threads.add(Thread.currentThread().getName());
			return car.odometer();
		});

		assertThat(this.reader.concurrency()).isEqualTo(2);
		assertThat(result.failures()).isEmpty();
		assertThat(result.values()).hasSize(8)
			.allSatisfy((vehicle, odometer) -> assertThat(odometer.value().distance())
				.isEqualTo(simulator.vehicle(vehicle.vehicleId()).odometerKm()));
		assertThat(result.outcomes()).extracting(FleetReadOutcome::attempts).containsOnlyOnce(2);
		assertThat(threads).isNotEmpty().allSatisfy((name) -> assertThat(name).startsWith("smartcar-fleet-"));
		assertThat(threads.size()).as("no more threads than the concurrency").isLessThanOrEqualTo(2);
		assertThat(this.meterRegistry.get("smartcar.fleet.read.succeeded").counter().count()).isEqualTo(8);
		assertThat(this.meterRegistry.get("smartcar.fleet.read.rate.limited").counter().count()).isEqualTo(1);
		assertThat(this.meterRegistry.get("smartcar.fleet.read").timer().count()).isOne();
		assertThat(this.meterRegistry.getMeters()).flatExtracting((meter) -> meter.getId().getTags())
			.allSatisfy(
					(tag) -> assertThat(tag.getValue()).doesNotContain(tesla.id()).doesNotStartWith("fleet-driver"));
	}

}
