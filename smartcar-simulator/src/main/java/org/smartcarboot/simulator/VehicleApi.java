package org.smartcarboot.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.JsonException;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static org.smartcarboot.simulator.RequestParams.query;

/**
 * The simulated vehicle API, version 2.0: requires a valid access token, serves the user,
 * the vehicle list and per-vehicle reads and lock commands, and answers every other
 * {@code /v<version>/...} path with a Smartcar 404.
 */
final class VehicleApi implements SimulatedService {

	private static final String VERSION_PREFIX = "/v2.0/";

	private static final int DEFAULT_LIMIT = 10;

	private static final int MAX_LIMIT = 50;

	private static final Duration DATA_AGE = Duration.ofMinutes(3);

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String BEARER_PREFIX = "bearer ";

	/**
	 * Below the default stub priority, so the route stubs win.
	 */
	private static final int UNKNOWN_PATH_PRIORITY = 10;

	private final SimulatedAccount account;

	private final TokenStore tokens;

	VehicleApi(SimulatedAccount account, TokenStore tokens) {
		this.account = account;
		this.tokens = tokens;
	}

	@Override
	public String getName() {
		return "smartcar-vehicle-api";
	}

	/**
	 * One stub per route, and a lower-priority catch-all for other versioned paths.
	 */
	@Override
	public List<MappingBuilder> stubs() {
		List<MappingBuilder> stubs = new ArrayList<>();
		for (Route route : Route.values()) {
			stubs.add(route.endpoint.stub().willReturn(routeTo(route.name())));
		}
		stubs.add(WireMock.any(WireMock.urlPathMatching("/v[^/]+(/.*)?"))
			.atPriority(UNKNOWN_PATH_PRIORITY)
			.willReturn(WireMock.aResponse().withTransformers(getName())));
		return stubs;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		Request request = serveEvent.getRequest();
		try {
			Route route = route(serveEvent);
			if (!this.tokens.isAccessTokenValid(bearerToken(request))) {
				throw new ApiError(SimulatedError.authentication());
			}
			UnitSystem units = UnitSystem.requestedBy(request);
			return success(respond(route, request, units), units);
		}
		catch (ApiError error) {
			return ErrorBodies.v2(error.error);
		}
	}

	private static Route route(ServeEvent serveEvent) {
		String route = SimulatedService.routeOf(serveEvent);
		if (route != null) {
			return Route.valueOf(route);
		}
		String path = serveEvent.getRequest().getUrl().split("\\?", 2)[0];
		throw new ApiError((path + "/").startsWith(VERSION_PREFIX)
				? SimulatedError.resourceNotFound("PATH", "The requested path " + path + " does not exist.")
				: SimulatedError.resourceNotFound("VERSION", "The requested API version does not exist: " + path));
	}

	private static String bearerToken(Request request) {
		String authorization = request.getHeader("Authorization");
		if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
			return null;
		}
		return authorization.substring(BEARER_PREFIX.length()).trim();
	}

	private Object respond(Route route, Request request, UnitSystem units) {
		return switch (route) {
			case USER -> new User(this.account.userId());
			case VEHICLES -> vehicles(request);
			case ATTRIBUTES -> {
				SimulatedVehicle vehicle = vehicle(request);
				yield new Attributes(vehicle.id(), vehicle.make(), vehicle.model(), vehicle.year());
			}
			case VIN -> new Vin(vehicle(request).vin());
			case ODOMETER -> new Odometer(units.distance(vehicle(request).odometerKm()));
			case LOCATION -> {
				SimulatedVehicle vehicle = vehicle(request);
				yield new Location(vehicle.latitude(), vehicle.longitude());
			}
			case LOCK_STATUS -> LockStatus.of(vehicle(request).isLocked());
			case SECURITY_ACTION -> securityAction(vehicle(request), request);
		};
	}

	private VehicleList vehicles(Request request) {
		int limit = intParameter(request, "limit", DEFAULT_LIMIT);
		int offset = intParameter(request, "offset", 0);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new ApiError(SimulatedError.validation("limit must be between 1 and " + MAX_LIMIT + "."));
		}
		if (offset < 0) {
			throw new ApiError(SimulatedError.validation("offset must not be negative."));
		}
		List<SimulatedVehicle> all = this.account.vehicles();
		List<String> page = all.stream().skip(offset).limit(limit).map(SimulatedVehicle::id).toList();
		return new VehicleList(page, new Paging(all.size(), offset));
	}

	private static int intParameter(Request request, String name, int defaultValue) {
		String value = query(request, name);
		try {
			return (value != null) ? Integer.parseInt(value) : defaultValue;
		}
		catch (NumberFormatException ex) {
			throw new ApiError(SimulatedError.validation(name + " must be an integer."));
		}
	}

	private SimulatedVehicle vehicle(Request request) {
		String vehicleId = request.getPathParameters().get("id");
		return this.account.find(vehicleId)
			.orElseThrow(() -> new ApiError(
					SimulatedError.resourceNotFound("PATH", "No vehicle with id " + vehicleId + " is connected.")));
	}

	private static CommandResult securityAction(SimulatedVehicle vehicle, Request request) {
		Object action = jsonObject(request).get("action");
		if ("LOCK".equals(action) || "UNLOCK".equals(action)) {
			vehicle.setLocked("LOCK".equals(action));
			return new CommandResult("success", "Successfully sent request to vehicle");
		}
		throw new ApiError(SimulatedError.validation("action must be LOCK or UNLOCK."));
	}

	private static Map<?, ?> jsonObject(Request request) {
		try {
			Map<?, ?> body = Json.read(request.getBodyAsString(), Map.class);
			return (body != null) ? body : Map.of();
		}
		catch (JsonException ex) {
			throw new ApiError(SimulatedError.validation("The request body must be a JSON object."));
		}
	}

	private static ResponseDefinition success(Object body, UnitSystem units) {
		Instant now = Instant.now();
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("sc-request-id", UUID.randomUUID().toString())
			.withHeader("sc-data-age", TIMESTAMP.format(now.minus(DATA_AGE)))
			.withHeader("sc-fetched-at", TIMESTAMP.format(now))
			.withHeader(UnitSystem.HEADER, units.headerValue())
			.withBody(Json.toByteArray(body))
			.build();
	}

	/**
	 * The endpoints served, each by its own stub.
	 */
	private enum Route {

		USER("GET", "/v2.0/user"),

		VEHICLES("GET", "/v2.0/vehicles"),

		ATTRIBUTES("GET", "/v2.0/vehicles/{id}"),

		VIN("GET", "/v2.0/vehicles/{id}/vin"),

		ODOMETER("GET", "/v2.0/vehicles/{id}/odometer"),

		LOCATION("GET", "/v2.0/vehicles/{id}/location"),

		LOCK_STATUS("GET", "/v2.0/vehicles/{id}/security"),

		SECURITY_ACTION("POST", "/v2.0/vehicles/{id}/security");

		private final Endpoint endpoint;

		Route(String method, String pathTemplate) {
			this.endpoint = Endpoint.of(method, pathTemplate);
		}

	}

	/**
	 * Ends request handling with an error response.
	 */
	private static final class ApiError extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient SimulatedError error;

		ApiError(SimulatedError error) {
			super(error.description(), null, false, false);
			this.error = error;
		}

	}

	private record User(String id) {
	}

	private record Paging(int count, int offset) {
	}

	private record VehicleList(List<String> vehicles, Paging paging) {
	}

	private record Attributes(String id, String make, String model, int year) {
	}

	private record Vin(String vin) {
	}

	private record Odometer(double distance) {
	}

	private record Location(double latitude, double longitude) {
	}

	private record CommandResult(String status, String message) {
	}

	private record Status(String type, String status) {
	}

	private record LockStatus(boolean isLocked, List<Status> doors, List<Status> windows, List<Status> sunroof,
			List<Status> storage, List<Status> chargingPort) {

		private static final List<String> SIDES = List.of("frontLeft", "frontRight", "backLeft", "backRight");

		static LockStatus of(boolean locked) {
			return new LockStatus(locked, each(SIDES, locked ? "LOCKED" : "UNLOCKED"), each(SIDES, "CLOSED"),
					each(List.of("sunroof"), "CLOSED"), each(List.of("rear", "front"), "CLOSED"),
					each(List.of("chargingPort"), "CLOSED"));
		}

		private static List<Status> each(List<String> types, String status) {
			return types.stream().map((type) -> new Status(type, status)).toList();
		}

	}

}
