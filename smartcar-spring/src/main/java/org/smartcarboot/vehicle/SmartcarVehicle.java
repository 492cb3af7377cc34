package org.smartcarboot.vehicle;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarException;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * One vehicle of the Smartcar API. Reads are nouns ({@link #odometer()}), commands are
 * verbs ({@link #lock()}). Every method sends one request and throws
 * {@link SmartcarException} when Smartcar answers with an error.
 */
public final class SmartcarVehicle {

	private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	private static final String VEHICLE = "/vehicles/{id}";

	private final String id;

	private final SmartcarApiClient client;

	private final CallOptions options;

	SmartcarVehicle(String id, SmartcarApiClient client, CallOptions options) {
		Assert.isTrue(id != null && PLAIN_ID.matcher(id).matches(),
				() -> "vehicleId must be a plain Smartcar vehicle id (letters, digits, '-' and '_'), was '" + id + "'");
		this.id = id;
		this.client = client;
		this.options = options;
	}

	/**
	 * Returns the Smartcar vehicle id.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Returns a handle on the same vehicle that requests measurements in another unit
	 * system.
	 * @param unitSystem the unit system to request
	 * @return the handle
	 */
	public SmartcarVehicle withUnitSystem(UnitSystem unitSystem) {
		return new SmartcarVehicle(this.id, this.client, this.options.withUnitSystem(unitSystem));
	}

	/**
	 * Returns a handle on the same vehicle that calls another version of the vehicle API.
	 * @param apiVersion the version, such as {@code 1.0} or {@code 2.0}
	 * @return the handle
	 * @throws IllegalArgumentException when the version is not a number such as
	 * {@code 2.0}
	 */
	public SmartcarVehicle withApiVersion(String apiVersion) {
		return new SmartcarVehicle(this.id, this.client, this.options.withApiVersion(apiVersion));
	}

	/**
	 * Reads the vehicle's make, model and year (permission {@code read_vehicle_info}).
	 * @return the attributes
	 */
	public SmartcarResponse<VehicleAttributes> attributes() {
		return read(VehicleRead.ATTRIBUTES);
	}

	/**
	 * Reads the vehicle identification number (permission {@code read_vin}).
	 * @return the VIN
	 */
	public SmartcarResponse<Vin> vin() {
		return read(VehicleRead.VIN);
	}

	/**
	 * Reads the odometer (permission {@code read_odometer}).
	 * @return the odometer, in the unit system of the response
	 */
	public SmartcarResponse<Odometer> odometer() {
		return read(VehicleRead.ODOMETER);
	}

	/**
	 * Reads the last known location (permission {@code read_location}).
	 * @return the location
	 */
	public SmartcarResponse<Location> location() {
		return read(VehicleRead.LOCATION);
	}

	/**
	 * Locks the vehicle (permission {@code control_security}). Never retried
	 * automatically.
	 * @return Smartcar's answer
	 */
	public SmartcarResponse<ActionResult> lock() {
		return security("LOCK");
	}

	/**
	 * Unlocks the vehicle (permission {@code control_security}). Never retried
	 * automatically.
	 * @return Smartcar's answer
	 */
	public SmartcarResponse<ActionResult> unlock() {
		return security("UNLOCK");
	}

	/**
	 * Sends one read, such as {@link VehicleRead#ODOMETER}.
	 * @param <T> the type of the value read
	 * @param read the read
	 * @return the value read
	 */
	public <T> SmartcarResponse<T> read(VehicleRead<T> read) {
		Assert.notNull(read, "read must not be null");
		String path = "/".equals(read.path()) ? VEHICLE : VEHICLE + read.path();
		return this.client.get(read.type(), this.options, path, this.id);
	}

	private SmartcarResponse<ActionResult> security(String action) {
		return this.client.post(ActionResult.class, this.options, Map.of("action", action), VEHICLE + "/security",
				this.id);
	}

	/**
	 * Sends several reads of this vehicle in one request ({@code POST .../batch}), such
	 * as {@code batch(VehicleRead.ODOMETER, VehicleRead.LOCATION)}.
	 * @param reads the reads, at least one, each path once
	 * @return the answer, read per read with {@link BatchResponse#get(VehicleRead)}
	 * @throws IllegalArgumentException when there is no read, a {@code null} one or a
	 * path twice
	 */
	public BatchResponse batch(VehicleRead<?>... reads) {
		Assert.notNull(reads, "reads must not be null");
		return batch(Arrays.asList(reads));
	}

	/**
	 * Sends several reads of this vehicle in one request ({@code POST .../batch}).
	 * @param reads the reads, at least one, each path once
	 * @return the answer, read per read with {@link BatchResponse#get(VehicleRead)}
	 * @throws IllegalArgumentException when there is no read, a {@code null} one or a
	 * path twice
	 */
	public BatchResponse batch(List<? extends VehicleRead<?>> reads) {
		BatchRequest request = BatchRequest.of(reads);
		SmartcarResponse<BatchAnswer> answer = this.client.post(BatchAnswer.class, this.options, request.body(),
				VEHICLE + "/batch", this.id);
		return new BatchResponse(request, answer, this.client.errorReader());
	}

	/**
	 * Sends a request to any path below this vehicle, such as the make-specific
	 * {@code tesla/charge/ammeter}, with the handle's API version, unit system and access
	 * token.
	 * @param method the HTTP method
	 * @param path the path below {@code /vehicles/{id}/}: plain segments separated by
	 * {@code /}, with no {@code ..}, query or fragment
	 * @param body the body, sent as JSON, or {@code null} for none
	 * @param headers extra headers, such as {@code sc-unit-system}; they cannot set
	 * {@code Authorization} or the transport headers
	 * @return the response body as JSON
	 * @throws IllegalArgumentException when the path or a header is not allowed
	 */
	public SmartcarResponse<JsonNode> request(HttpMethod method, String path, @Nullable Object body,
			Map<String, String> headers) {
		VehicleRequest request = new VehicleRequest(method, path, body, headers);
		return this.client.call(request.method(), this.options, request.headers(), request.body(),
				ParameterizedTypeReference.forType(JsonNode.class), request.uriTemplate(VEHICLE), this.id);
	}

	@Override
	public String toString() {
		return "SmartcarVehicle[" + this.id + "]";
	}

}
