package org.smartcarboot.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.compatibility.CompatibilityRequest;
import org.smartcarboot.compatibility.SmartcarCompatibilityService;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarNoUsableAnswerException;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;
import org.smartcarboot.token.SmartcarTokenClients;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests the connect and read timeouts of the library's builders: refused when not
 * positive, handed to the {@link SmartcarHttpTransport}, and applied to token requests
 * and the compatibility API as well as to vehicle reads.
 */
class HttpTimeoutsTests {

	/**
	 * Long enough for a loopback answer on a busy machine, short enough for the tests.
	 */
	private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

	/**
	 * A latency clearly past the read timeout.
	 */
	private static final Duration LATE = Duration.ofSeconds(3);

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	@Test
	void timeoutsThatAreNotPositiveAreRefusedBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SmartcarTokenClients.builder().connectTimeout(Duration.ZERO))
			.withMessage("connectTimeout must be positive, was PT0S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SmartcarCompatibilityService.builder("id", "secret").readTimeout(Duration.ofSeconds(-1)))
			.withMessage("readTimeout must be positive, was PT-1S");
		assertThatIllegalArgumentException().isThrownBy(() -> SmartcarTokenClients.builder().readTimeout(null))
			.withMessage("readTimeout must be positive, was null");
	}

	@Test
	void theTransportGetsTheBuildersTimeoutsAndSendsTheRequests() {
		List<Duration> timeouts = new ArrayList<>();
		SmartcarHttpTransport recording = (connectTimeout, readTimeout) -> {
			timeouts.add(connectTimeout);
			timeouts.add(readTimeout);
			return SmartcarHttpTransport.jdk().requestFactory(connectTimeout, readTimeout);
		};
		SmartcarCompatibilityService compatibility = SmartcarCompatibilityService
			.builder(this.simulator.clientId(), this.simulator.clientSecret())
			.apiUrl(this.simulator.baseUrl())
			.connectTimeout(Duration.ofSeconds(3))
			.readTimeout(Duration.ofSeconds(7))
			.httpTransport(recording)
			.build();

		assertThat(compatibility.compatibility(CompatibilityRequest.of(vin(), List.of("read_odometer"))).value())
			.isNotNull();
		assertThat(timeouts).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(7));
		assertThat(this.simulator.requestCount("GET", "/v2.0/compatibility")).isEqualTo(1);
	}

	@Test
	void aTokenRequestHonoursTheReadTimeoutAndIsNotRetried() {
		this.simulator.addLatency("POST", "/oauth/token", LATE);
		LibraryTestSetup security = new LibraryTestSetup(this.simulator.baseUrl(), this.simulator.clientId(),
				this.simulator.clientSecret(), SmartcarTokenClients.builder().readTimeout(READ_TIMEOUT).build());
		IssuedTokens tokens = this.simulator.issueTokens();
		security.storeTokens(this.simulator.userId(), tokens.accessToken(), tokens.refreshToken(),
				Duration.ofMinutes(-5));
		SmartcarVehicleService driver = SmartcarVehicleService.builder(security.manager())
			.apiUrl(this.simulator.baseUrl())
			.build()
			.forUser(this.simulator.userId());

		long start = System.nanoTime();
		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class)
			.isThrownBy(() -> driver.vehicle(this.simulator.vehicles().get(0).id()).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.NO_RESPONSE);
				assertThat(ex.getDescription()).startsWith("Smartcar did not answer in time");
				assertThat(ex.getMessage()).doesNotContain(tokens.refreshToken(), tokens.accessToken(),
						this.simulator.clientSecret());
			});

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LATE);
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		assertThat(this.simulator.requestCount("GET", "/v2.0/vehicles/{id}/odometer")).isZero();
	}

	@Test
	void theCompatibilityApiHonoursTheReadTimeout() {
		this.simulator.addLatency("GET", "/v2.0/compatibility", LATE);
		SmartcarCompatibilityService compatibility = SmartcarCompatibilityService
			.builder(this.simulator.clientId(), this.simulator.clientSecret())
			.apiUrl(this.simulator.baseUrl())
			.readTimeout(READ_TIMEOUT)
			.build();

		long start = System.nanoTime();
		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class)
			.isThrownBy(() -> compatibility.compatibility(CompatibilityRequest.of(vin(), List.of("read_odometer"))))
			.satisfies((ex) -> assertThat(ex.getDescription()).startsWith("Smartcar did not answer in time"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LATE);
	}

	private String vin() {
		SimulatedVehicle car = this.simulator.vehicles().get(0);
		return car.vin();
	}

}
