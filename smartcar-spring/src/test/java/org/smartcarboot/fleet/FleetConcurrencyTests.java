package org.smartcarboot.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests, at a scale the simulator's four cars do not reach, that a
 * {@link SmartcarFleetReader} never has more reads under way than its concurrency, as the
 * stub counts the requests it is answering at once, within one read and across reads
 * running together, and that each vehicle is read once with its own driver's token.
 */
class FleetConcurrencyTests {

	private static final int DRIVERS = 10;

	private static final int CARS_PER_DRIVER = 20;

	private static final int CONCURRENCY = 8;

	/**
	 * How long the stub takes to answer, so that reads overlap.
	 */
	private static final Duration LATENCY = Duration.ofMillis(30);

	private static final InFlightRequests inFlight = new InFlightRequests();

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(64).extensions(inFlight))
		.build();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private SmartcarFleetReader reader;

	@BeforeEach
	void stubTheOdometersAndStoreEachDriversToken() {
		api.stubFor(get(urlPathTemplate("/v2.0/vehicles/{id}/odometer"))
			.willReturn(okJson("{\"distance\": 1234.5}").withHeader("sc-request-id", "request-1")
				.withHeader("sc-unit-system", "metric")));
		LibraryTestSetup security = new LibraryTestSetup(api.baseUrl(), "app-id", "app-secret");
		for (int driver = 0; driver < DRIVERS; driver++) {
			security.storeTokens(driver(driver), token(driver(driver)), "refresh-" + driver, Duration.ofHours(1));
		}
		SmartcarVehicleService service = SmartcarVehicleService.builder(security.manager())
			.apiUrl(api.baseUrl())
			.build();
		// the cached pool has a thread for every task: only the reader bounds the reads
		this.reader = SmartcarFleetReader.builder(service, this.executor).concurrency(CONCURRENCY).build();
		inFlight.reset();
	}

	@AfterEach
	void stopTheExecutor() {
		this.executor.shutdownNow();
	}

	@Test
	void neverMoreReadsUnderWayThanTheConcurrencyAndEachCarReadOnceWithItsDriversToken() throws InterruptedException {
		List<FleetVehicle> fleet = fleet("car");

		FleetReadResult<SmartcarResponse<Odometer>> result = this.reader.read(fleet, SmartcarVehicle::odometer);

		assertThat(result.failures()).isEmpty();
		assertThat(result.values()).hasSize(DRIVERS * CARS_PER_DRIVER)
			.allSatisfy((vehicle, odometer) -> assertThat(odometer.value().distance()).isEqualTo(1234.5));
		assertThat(inFlight.max()).as("most requests the stub answered at once")
			.isLessThanOrEqualTo(CONCURRENCY)
			.isGreaterThan(1);
		Map<String, List<String>> tokensByPath = api.getAllServeEvents()
			.stream()
			.collect(Collectors.groupingBy((event) -> event.getRequest().getUrl(),
					Collectors.mapping((event) -> event.getRequest().getHeader("Authorization"), Collectors.toList())));
		assertThat(tokensByPath).hasSize(fleet.size());
		fleet.forEach((vehicle) -> assertThat(tokensByPath.get("/v2.0/vehicles/" + vehicle.vehicleId() + "/odometer"))
			.containsExactly("Bearer " + token(vehicle.principalName())));
	}

	@Test
	void readsRunningTogetherShareTheConcurrency() {
		CompletableFuture<FleetReadResult<SmartcarResponse<Odometer>>> first = readInAnotherThread(fleet("first"));
		CompletableFuture<FleetReadResult<SmartcarResponse<Odometer>>> second = readInAnotherThread(fleet("second"));

		assertThat(first.join().failures()).isEmpty();
		assertThat(second.join().failures()).isEmpty();
		assertThat(api.getAllServeEvents()).hasSize(2 * DRIVERS * CARS_PER_DRIVER);
		assertThat(inFlight.max()).isLessThanOrEqualTo(CONCURRENCY);
	}

	private CompletableFuture<FleetReadResult<SmartcarResponse<Odometer>>> readInAnotherThread(
			List<FleetVehicle> fleet) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return this.reader.read(fleet, SmartcarVehicle::odometer);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}, this.executor);
	}

	private static List<FleetVehicle> fleet(String prefix) {
		List<FleetVehicle> fleet = new ArrayList<>();
		for (int driver = 0; driver < DRIVERS; driver++) {
			int owner = driver;
			fleet.addAll(FleetVehicle.of(driver(driver),
					IntStream.range(0, CARS_PER_DRIVER).mapToObj((car) -> prefix + "-" + owner + "-" + car).toList()));
		}
		return fleet;
	}

	private static String driver(int index) {
		return "driver-" + index;
	}

	private static String token(String driver) {
		return "token-of-" + driver;
	}

	/**
	 * Counts the requests the stub is answering at once, holding each for
	 * {@link #LATENCY}, and remembers the most.
	 */
	static final class InFlightRequests implements ResponseDefinitionTransformerV2 {

		private final AtomicInteger now = new AtomicInteger();

		private final AtomicInteger max = new AtomicInteger();

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			this.max.accumulateAndGet(this.now.incrementAndGet(), Math::max);
			try {
				Thread.sleep(LATENCY.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.now.decrementAndGet();
			}
			return serveEvent.getResponseDefinition();
		}

		@Override
		public String getName() {
			return "in-flight-requests";
		}

		int max() {
			return this.max.get();
		}

		void reset() {
			this.now.set(0);
			this.max.set(0);
		}

	}

}
