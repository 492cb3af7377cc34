package org.smartcarboot.simulator;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.smartcarboot.simulator.DriverApi.assertError;
import static org.smartcarboot.simulator.SimulatorClient.bearer;
import static org.smartcarboot.simulator.SimulatorClient.json;

/**
 * Tests the faults that hit only the next few requests of an endpoint, which a client's
 * retry can recover from: error answers, connection resets, malformed JSON and latency.
 */
class TransientFaultsTests {

	private static final String ODOMETER = "/v2.0/vehicles/{id}/odometer";

	private static final String SECURITY = "/v2.0/vehicles/{id}/security";

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatorClient client = new SimulatorClient(this.simulator);

	private final String accessToken = this.simulator.issueTokens().accessToken();

	private final SimulatedVehicle tesla = this.simulator.vehicles().get(0);

	@Test
	void anErrorFaultFailsTheNextRequestsOnlyThenTheEndpointAnswers() {
		this.simulator.failEndpoint("GET", ODOMETER,
				SimulatedFault.error(SimulatedError.rateLimit(Duration.ofSeconds(2))), 2);

		HttpResponse<String> first = odometer();
		assertError(first, 429, "RATE_LIMIT", "VEHICLE");
		assertThat(first.headers().firstValue("retry-after")).hasValue("2");
		assertError(odometer(), 429, "RATE_LIMIT", "VEHICLE");
		HttpResponse<String> third = odometer();

		assertThat(third.statusCode()).isEqualTo(200);
		assertThat(json(third)).containsEntry("distance", this.tesla.odometerKm());
		assertThat(this.simulator.requestCount("GET", ODOMETER)).isEqualTo(3);
	}

	@Test
	void aConnectionResetGivesNoResponseAndChangesNothing() {
		this.simulator.failEndpoint("POST", SECURITY, SimulatedFault.connectionReset(), 1);
		String path = "/v2.0/vehicles/" + this.tesla.id() + "/security";

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(
				() -> this.client.postJson(path, "{\"action\":\"UNLOCK\"}", "Authorization", bearer(this.accessToken)));
		assertThat(this.tesla.isLocked()).as("a reset command has no effect").isTrue();
		assertThat(this.simulator.requestCount("POST", SECURITY)).isEqualTo(1);

		assertThat(this.client.postJson(path, "{\"action\":\"UNLOCK\"}", "Authorization", bearer(this.accessToken))
			.statusCode()).isEqualTo(200);
		assertThat(this.tesla.isLocked()).isFalse();
	}

	@Test
	void malformedJsonIsAnOkAnswerWhoseBodyIsCutOff() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.malformedJson(), 1);

		HttpResponse<String> broken = odometer();

		assertThat(broken.statusCode()).isEqualTo(200);
		assertThat(broken.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(broken.body()).isEqualTo(SimulatedFault.MALFORMED_JSON);
		assertThat(odometer().statusCode()).isEqualTo(200);
	}

	@Test
	void latencyForTheNextResponsesOnlyDelaysThoseResponses() {
		Duration latency = Duration.ofMillis(800);
		this.simulator.addLatency("GET", ODOMETER, latency, 1);

		long start = System.nanoTime();
		assertThat(odometer().statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(latency);
		start = System.nanoTime();
		assertThat(odometer().statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(latency);
	}

	@Test
	void anErrorFaultFailsBatchItemsOneRequestEach() {
		this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.error(SimulatedError.serverError()), 1);
		String batch = "/v2.0/vehicles/" + this.tesla.id() + "/batch";
		String body = "{\"requests\":[{\"path\":\"/odometer\"}]}";

		List<Object> failed = responses(this.client.postJson(batch, body, "Authorization", bearer(this.accessToken)));
		List<Object> answered = responses(this.client.postJson(batch, body, "Authorization", bearer(this.accessToken)));

		assertThat(failed).singleElement().extracting((item) -> ((Map<?, ?>) item).get("code")).isEqualTo(500);
		assertThat(answered).singleElement().extracting((item) -> ((Map<?, ?>) item).get("code")).isEqualTo(200);
	}

	@Test
	void aFaultForNoRequestIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.failEndpoint("GET", ODOMETER, SimulatedFault.connectionReset(), 0))
			.withMessageContaining("times");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.addLatency("GET", ODOMETER, Duration.ofSeconds(1), -1))
			.withMessageContaining("times");
	}

	private HttpResponse<String> odometer() {
		return this.client.get("/v2.0/vehicles/" + this.tesla.id() + "/odometer", "Authorization",
				bearer(this.accessToken));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> responses(HttpResponse<String> batch) {
		assertThat(batch.statusCode()).isEqualTo(200);
		return (List<Object>) json(batch).get("responses");
	}

}
