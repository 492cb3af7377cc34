package org.smartcarboot.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The simulated management API, authenticated with HTTP Basic as user {@code default} and
 * the application management token as password: {@code GET /v2.0/management/connections}
 * lists the connections of the user's cars (filtered by {@code user_id} or
 * {@code vehicle_id}, {@code limit} 1 to 100, default 10, with an opaque {@code cursor}
 * for the next page, {@code null} on the last); {@code DELETE} with exactly one of
 * {@code user_id} and {@code vehicle_id} disconnects the matching cars.
 */
final class ManagementApi implements SimulatedService {

	private static final String PATH = "/v2.0/management/connections";

	private static final int DEFAULT_LIMIT = 10;

	private static final int MAX_LIMIT = 100;

	private static final String CURSOR_PREFIX = "offset:";

	private final ClientRegistration client;

	private final SimulatedAccount account;

	ManagementApi(ClientRegistration client, SimulatedAccount account) {
		this.client = client;
		this.account = account;
	}

	@Override
	public String getName() {
		return "smartcar-management-api";
	}

	@Override
	public List<MappingBuilder> stubs() {
		return List.of(Endpoint.of("GET", PATH).stub().willReturn(routeTo("list")),
				Endpoint.of("DELETE", PATH).stub().willReturn(routeTo("delete")));
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		ApiRequest request = new ApiRequest(serveEvent.getRequest(), PathParams.empty());
		try {
			if (!this.client.authenticatesManagement(request.http().getHeader("Authorization"))) {
				throw new ApiError(SimulatedError.of(401, "AUTHENTICATION", null,
						"The management token you provided is invalid."));
			}
			Object body = RequestMethod.DELETE.equals(request.http().getMethod()) ? delete(request) : list(request);
			return ApiResponse.ok(body).toDefinition();
		}
		catch (ApiError error) {
			return ErrorBodies.v2(error).toDefinition();
		}
	}

	private ConnectionPage list(ApiRequest request) {
		int limit = request.intQuery("limit", DEFAULT_LIMIT);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiError.validation("limit must be between 1 and " + MAX_LIMIT + ".");
		}
		int offset = offset(request.query("cursor"));
		List<SimulatedVehicle> matching = connected(request);
		List<Connection> page = matching.stream()
			.skip(offset)
			.limit(limit)
			.map((vehicle) -> new Connection(vehicle.id(), this.account.userId(), connectedAt(vehicle)))
			.toList();
		int next = offset + page.size();
		return new ConnectionPage(page,
				new Paging(ApiResponse.nullable((next < matching.size()) ? cursor(next) : null)));
	}

	private DeletedConnections delete(ApiRequest request) {
		boolean byUser = request.query("user_id") != null;
		boolean byVehicle = request.query("vehicle_id") != null;
		if (byUser == byVehicle) {
			throw ApiError.validation("Exactly one of user_id and vehicle_id is required.");
		}
		List<SimulatedVehicle> deleted = connected(request);
		deleted.forEach(SimulatedVehicle::disconnect);
		return new DeletedConnections(
				deleted.stream().map((vehicle) -> new DeletedConnection(vehicle.id(), this.account.userId())).toList());
	}

	private List<SimulatedVehicle> connected(ApiRequest request) {
		String userId = request.query("user_id");
		String vehicleId = request.query("vehicle_id");
		Predicate<SimulatedVehicle> matches = (vehicle) -> (userId == null || userId.equals(this.account.userId()))
				&& (vehicleId == null || vehicleId.equals(vehicle.id()));
		return this.account.connectedVehicles().stream().filter(matches).toList();
	}

	/**
	 * When a car was connected; {@code null} if a concurrent request disconnected it
	 * since it was listed.
	 */
	private static Object connectedAt(SimulatedVehicle vehicle) {
		Instant connectedAt = vehicle.connectedAt();
		return ApiResponse.nullable((connectedAt != null) ? ApiResponse.timestamp(connectedAt) : null);
	}

	private static String cursor(int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	private static int offset(String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(CURSOR_PREFIX)) {
				int offset = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
				if (offset >= 0) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below; NumberFormatException is an IllegalArgumentException too
		}
		throw ApiError.validation("cursor is not a cursor this API returned.");
	}

	private record Connection(String vehicleId, String userId, Object connectedAt) {
	}

	private record Paging(Object cursor) {
	}

	private record ConnectionPage(List<Connection> connections, Paging paging) {
	}

	private record DeletedConnection(String vehicleId, String userId) {
	}

	private record DeletedConnections(List<DeletedConnection> connections) {
	}

}
