package org.smartcarboot.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * What an endpoint does instead of answering normally: answer with a
 * {@link SimulatedError}, reset the connection, or answer {@code 200} with a body that is
 * not valid JSON. Pass one to
 * {@link SmartcarSimulator#failEndpoint(String, String, SimulatedFault, int)}.
 */
public final class SimulatedFault {

	/**
	 * The body of {@link #malformedJson()}: JSON cut off in the middle, as a dropped
	 * proxy connection leaves it.
	 */
	static final String MALFORMED_JSON = "{\"distance\": 1234.5, \"unit";

	private final String description;

	private final SimulatedError error;

	private final Fault connectionFault;

	private SimulatedFault(String description, SimulatedError error, Fault connectionFault) {
		this.description = description;
		this.error = error;
		this.connectionFault = connectionFault;
	}

	/**
	 * Answers with a Smartcar error body, as
	 * {@link SmartcarSimulator#failEndpoint(String, String, SimulatedError)} does.
	 * @param error the error
	 * @return the fault
	 */
	public static SimulatedFault error(SimulatedError error) {
		Objects.requireNonNull(error, "error");
		return new SimulatedFault(error.status() + " " + error.type(), error, null);
	}

	/**
	 * Resets the connection (TCP RST) after reading the request, before any response.
	 * @return the fault
	 */
	public static SimulatedFault connectionReset() {
		return new SimulatedFault("connection reset", null, Fault.CONNECTION_RESET_BY_PEER);
	}

	/**
	 * Answers {@code 200} with {@code Content-Type: application/json} and a body cut off
	 * in the middle of a JSON object.
	 * @return the fault
	 */
	public static SimulatedFault malformedJson() {
		return new SimulatedFault("malformed JSON", null, null);
	}

	/**
	 * The response to a request this fault hits.
	 * @param path the request path, which picks the format of an error body
	 * @return the response definition
	 */
	ResponseDefinition response(String path) {
		if (this.error != null) {
			return ErrorBodies.forPath(path, this.error).toDefinition();
		}
		if (this.connectionFault != null) {
			return ResponseDefinitionBuilder.responseDefinition().withFault(this.connectionFault).build();
		}
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader(ApiResponse.REQUEST_ID, ApiResponse.newRequestId())
			.withBody(MALFORMED_JSON.getBytes(StandardCharsets.UTF_8))
			.build();
	}

	/**
	 * The answer of a batch item this fault hits: only an error can stand inside a batch
	 * response; the other faults leave batch items alone.
	 * @param path the path of the request the item stands for
	 * @return the item's error response, or empty
	 */
	Optional<ApiResponse> batchItem(String path) {
		return Optional.ofNullable(this.error).map((batchError) -> ErrorBodies.forPath(path, batchError));
	}

	@Override
	public String toString() {
		return "SimulatedFault[" + this.description + "]";
	}

}
