package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the simulated vehicle API with one driver's access token, over real HTTP.
 */
final class DriverApi {

	private final SimulatorClient client;

	private final String accessToken;

	DriverApi(SmartcarSimulator simulator, String accessToken) {
		this.client = new SimulatorClient(simulator);
		this.accessToken = accessToken;
	}

	DriverApi(SmartcarSimulator simulator) {
		this(simulator, simulator.issueTokens().accessToken());
	}

	HttpResponse<String> get(String path, String... headers) {
		return this.client.get(path, withToken(headers));
	}

	HttpResponse<String> post(String path, String json, String... headers) {
		return this.client.postJson(path, json, withToken(headers));
	}

	HttpResponse<String> delete(String path, String... headers) {
		return this.client.delete(path, withToken(headers));
	}

	/**
	 * A successful read's body.
	 */
	Map<String, Object> read(String path, String... headers) {
		HttpResponse<String> response = get(path, headers);
		assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
		return SimulatorClient.json(response);
	}

	/**
	 * A successful command's body.
	 */
	Map<String, Object> command(String path, String json) {
		HttpResponse<String> response = post(path, json);
		assertThat(response.statusCode()).as("POST %s %s: %s", path, json, response.body()).isEqualTo(200);
		return SimulatorClient.json(response);
	}

	private String[] withToken(String[] headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Authorization";
		all[1] = SimulatorClient.bearer(this.accessToken);
		System.arraycopy(headers, 0, all, 2, headers.length);
		return all;
	}

	/**
	 * Asserts a v2.0 error body with a type, a code and a status.
	 */
	static Map<String, Object> assertError(HttpResponse<String> response, int status, String type, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		Map<String, Object> body = SimulatorClient.json(response);
		assertThat(body).containsEntry("type", type)
			.containsEntry("code", code)
			.containsEntry("statusCode", status)
			.containsKeys("description", "docURL", "requestId", "resolution", "suggestedUserMessage");
		return body;
	}

}
