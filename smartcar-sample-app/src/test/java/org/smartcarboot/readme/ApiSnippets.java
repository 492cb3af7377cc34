package org.smartcarboot.readme;

import java.util.List;
import java.util.Map;

import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.compatibility.Compatibility;
import org.smartcarboot.compatibility.CompatibilityMatrix;
import org.smartcarboot.compatibility.CompatibilityMatrixRequest;
import org.smartcarboot.compatibility.CompatibilityRequest;
import org.smartcarboot.compatibility.SmartcarCompatibilityService;
import org.smartcarboot.compatibility.TestModeCompatibilityLevel;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarRateLimitException;
import org.smartcarboot.error.SmartcarVehicleStateException;
import org.smartcarboot.management.Connection;
import org.smartcarboot.management.ConnectionFilter;
import org.smartcarboot.management.ConnectionPage;
import org.smartcarboot.management.SmartcarManagementService;
import org.smartcarboot.v3.Signal;
import org.smartcarboot.vehicle.BatchResponse;
import org.smartcarboot.vehicle.Location;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import org.smartcarboot.vehicle.VehicleRead;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The README's snippets that use the service, compiled; each method holds one snippet.
 */
@SuppressWarnings("unused")
class ApiSnippets {

	private final SmartcarVehicleService smartcar;

	private final SmartcarCompatibilityService compatibility;

	private final SmartcarManagementService management;

	ApiSnippets(SmartcarVehicleService smartcar, SmartcarCompatibilityService compatibility,
			SmartcarManagementService management) {
		this.smartcar = smartcar;
		this.compatibility = compatibility;
		this.management = management;
	}

	String errors(String id) {
		try {
			return this.smartcar.vehicle(id).odometer().value().distance() + " km";
		}
		catch (SmartcarVehicleStateException ex) {
			return "the car cannot answer now (" + ex.getCode() + ")"; // e.g. ASLEEP
		}
		catch (SmartcarRateLimitException ex) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "retry after " + ex.getRetryAfter());
		}
		catch (SmartcarException ex) {
			if (ex.isReauthenticationRequired()) { // the driver must connect the car
													// again
				return "reconnect at /oauth2/authorization/smartcar";
			}
			throw ex;
		}
	}

	void batch(String id) {
		BatchResponse batch = this.smartcar.vehicle(id).batch(VehicleRead.ODOMETER, VehicleRead.LOCATION);
		SmartcarResponse<Odometer> odometer = batch.get(VehicleRead.ODOMETER);
		try {
			Location location = batch.get(VehicleRead.LOCATION).value();
		}
		catch (SmartcarException ex) {
			// only this read failed: its own status, type, code, request id and
			// retry-after
		}
	}

	void request(String id) {
		SmartcarResponse<JsonNode> ammeter = this.smartcar.vehicle(id)
			.request(HttpMethod.GET, "tesla/charge/ammeter", null, Map.of());
		int amperage = ammeter.value().path("amperage").asInt();

		this.smartcar.vehicle(id)
			.request(HttpMethod.POST, "tesla/charge/ammeter", Map.of("amperage", 32),
					Map.of("sc-unit-system", "imperial"));
	}

	void compatibility() {
		Compatibility answer = this.compatibility
			.compatibility(CompatibilityRequest.of("5YJ3E1EA7KF317000", List.of("read_battery", "read_charge"))
				.withCountry("US")
				.withTestModeCompatibilityLevel(TestModeCompatibilityLevel.BEV)) // test
																					// mode
																					// only
			.value();
		boolean compatible = answer.compatible();
		List<String> capable = answer.capabilities()
			.stream()
			.filter(Compatibility.Capability::capable)
			.map(Compatibility.Capability::permission)
			.toList();

		boolean v1 = this.compatibility.compatibilityV1("5YJ3E1EA7KF317000", List.of("read_odometer"), "US")
			.value()
			.compatible();

		CompatibilityMatrix matrix = this.compatibility
			.matrix(CompatibilityMatrixRequest.of("US").withMakes(List.of("TESLA")).withType("BEV"))
			.value();
		List<CompatibilityMatrix.Model> teslas = matrix.models("TESLA");
	}

	void management(String userId, String vehicleId, String webhookId) {
		List<Connection> everyConnection = this.management.connections(ConnectionFilter.all()); // all
																								// pages
		ConnectionPage page = this.management.connections(ConnectionFilter.byUser(userId), 50, null).value();
		String nextCursor = page.nextCursor(); // null on the last page

		this.management.deleteConnections(ConnectionFilter.byVehicle(vehicleId)); // a
																					// user's
																					// or
																					// a
																					// vehicle's
		this.management.unsubscribe(vehicleId, webhookId);
	}

	void v3(String id) {
		Signal odometer = this.smartcar.vehicle(id).v3().signal("odometer-traveleddistance").value();
		double distance = odometer.attributes().body().path("value").asDouble(); // unit
																					// in
																					// body().path("unit")
	}

}
