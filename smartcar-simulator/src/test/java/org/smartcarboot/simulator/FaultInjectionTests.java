package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.simulator.DriverApi.assertError;
import static org.smartcarboot.simulator.SimulatorClient.basic;
import static org.smartcarboot.simulator.SimulatorClient.bearer;

/**
 * Every endpoint of every simulated host can be failed with
 * {@link SmartcarSimulator#failEndpoint} and is counted per endpoint.
 */
class FaultInjectionTests {

	private static final String TESLA = "36ab27d0-fd9d-4455-823a-ce30af709ffc";

	private static final String TOYOTA = "d41f8c3a-6b2e-4f7d-9a15-2c8e7b0f4d63";

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatorClient client = new SimulatorClient(this.simulator);

	static List<Call> endpoints() {
		String vehicle = "/v2.0/vehicles/{id}";
		return List.of(new Call("GET", "/v2.0/user", null), new Call("GET", "/v2.0/vehicles", null),
				new Call("GET", vehicle, null), new Call("GET", vehicle + "/vin", null),
				new Call("GET", vehicle + "/location", null), new Call("GET", vehicle + "/odometer", null),
				new Call("GET", vehicle + "/fuel", null), new Call("GET", vehicle + "/battery", null),
				new Call("GET", vehicle + "/battery/capacity", null),
				new Call("GET", vehicle + "/battery/nominal_capacity", null),
				new Call("GET", vehicle + "/charge", null),
				new Call("POST", vehicle + "/charge", "{\"action\":\"STOP\"}"),
				new Call("GET", vehicle + "/charge/limit", null),
				new Call("POST", vehicle + "/charge/limit", "{\"limit\":0.9}"),
				new Call("GET", vehicle + "/engine/oil", null), new Call("GET", vehicle + "/tires/pressure", null),
				new Call("GET", vehicle + "/security", null),
				new Call("POST", vehicle + "/security", "{\"action\":\"LOCK\"}"),
				new Call("POST", vehicle + "/navigation/destination", "{\"latitude\":1,\"longitude\":2}"),
				new Call("GET", vehicle + "/permissions", null), new Call("DELETE", vehicle + "/application", null),
				new Call("GET", vehicle + "/service/history", null),
				new Call("GET", vehicle + "/diagnostics/system_status", null),
				new Call("GET", vehicle + "/diagnostics/dtcs", null),
				new Call("POST", vehicle + "/batch", "{\"requests\":[{\"path\":\"/vin\"}]}"),
				new Call("POST", vehicle + "/webhooks/{webhookId}", ""),
				new Call("DELETE", vehicle + "/webhooks/{webhookId}", null),
				new Call("GET", "/v2.0/compatibility", null), new Call("GET", "/v2.0/compatibility/matrix", null),
				new Call("GET", "/v2.0/management/connections", null),
				new Call("DELETE", "/v2.0/management/connections", null));
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void everyEndpointCanBeFailedAndIsCounted(Call call) {
		this.simulator.failEndpoint(call.method(), call.template(), SimulatedError.upstream("NO_RESPONSE"));
		assertError(send(call), 502, "UPSTREAM", "NO_RESPONSE");
		assertThat(this.simulator.vehicle(TESLA).isConnected()).as("a failed request has no effect").isTrue();
		assertThat(this.simulator.requestCount(call.method(), call.template())).isEqualTo(1);
		this.simulator.resetFaults();
		assertThat(send(call).statusCode()).as("works again").isEqualTo(200);
	}

	private HttpResponse<String> send(Call call) {
		boolean combustion = call.template().endsWith("/fuel") || call.template().endsWith("/engine/oil");
		String path = call.template().replace("{id}", combustion ? TOYOTA : TESLA).replace("{webhookId}", "wh-1");
		String authorization = authorization(call);
		return switch (call.method()) {
			case "GET" -> this.client.get(path + query(path), "Authorization", authorization);
			case "POST" -> this.client.postJson(path, call.body(), "Authorization", authorization);
			default -> this.client.delete(path + query(path), "Authorization", authorization);
		};
	}

	private String authorization(Call call) {
		if (call.template().contains("/compatibility")) {
			return basic(this.simulator.clientId(), this.simulator.clientSecret());
		}
		if (call.template().contains("/management/")) {
			return basic("default", this.simulator.managementToken());
		}
		if (call.method().equals("DELETE") && call.template().contains("/webhooks/")) {
			return bearer(this.simulator.managementToken());
		}
		return bearer(this.simulator.issueTokens().accessToken());
	}

	private static String query(String path) {
		if (path.endsWith("/compatibility")) {
			return "?vin=5YJ3E1EA7MF000316&scope=read_odometer";
		}
		if (path.endsWith("/matrix")) {
			return "?region=US";
		}
		return path.endsWith("/management/connections") ? "?vehicle_id=no-such-car" : "";
	}

	/**
	 * An endpoint and a request body that succeeds (on the Toyota for fuel and engine
	 * oil, on the Tesla otherwise).
	 */
	record Call(String method, String template, String body) {

		@Override
		public String toString() {
			return this.method + " " + this.template;
		}

	}

}
