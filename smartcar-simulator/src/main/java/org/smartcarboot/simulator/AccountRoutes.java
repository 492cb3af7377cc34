package org.smartcarboot.simulator;

import java.util.List;

/**
 * The user and the connection of cars to the application: {@code GET /user},
 * {@code GET /vehicles}, {@code GET /vehicles/{id}/permissions} (the permissions the
 * token grants) and {@code DELETE /vehicles/{id}/application} (disconnect).
 */
final class AccountRoutes implements RouteGroup {

	private static final int DEFAULT_VEHICLE_LIMIT = 10;

	private static final int DEFAULT_PERMISSION_LIMIT = 25;

	private static final int MAX_LIMIT = 50;

	private final SimulatedAccount account;

	private final TokenStore tokens;

	AccountRoutes(SimulatedAccount account, TokenStore tokens) {
		this.account = account;
		this.tokens = tokens;
	}

	@Override
	public List<Route> routes() {
		return List.of(Route.of("GET", "/v2.0/user", (request) -> new User(this.account.userId())),
				Route.of("GET", "/v2.0/vehicles", this::vehicles),
				Route.of("GET", "/v2.0/vehicles/{id}/permissions", this::permissions),
				Route.of("DELETE", "/v2.0/vehicles/{id}/application", this::disconnect));
	}

	private VehicleList vehicles(ApiRequest request) {
		List<String> ids = this.account.connectedVehicles().stream().map(SimulatedVehicle::id).toList();
		Window window = Window.of(request, DEFAULT_VEHICLE_LIMIT);
		return new VehicleList(window.of(ids), window.paging(ids));
	}

	private PermissionList permissions(ApiRequest request) {
		request.vehicleIn(this.account);
		List<String> permissions = this.tokens.permissionsOf(request.bearerToken());
		Window window = Window.of(request, DEFAULT_PERMISSION_LIMIT);
		return new PermissionList(window.of(permissions), window.paging(permissions));
	}

	private CommandResult.Status disconnect(ApiRequest request) {
		request.vehicleIn(this.account).disconnect();
		return CommandResult.Status.success();
	}

	/**
	 * The page a request's {@code limit} and {@code offset} ask for.
	 */
	private record Window(int limit, int offset) {

		static Window of(ApiRequest request, int defaultLimit) {
			int limit = request.intQuery("limit", defaultLimit);
			int offset = request.intQuery("offset", 0);
			if (limit < 1 || limit > MAX_LIMIT) {
				throw ApiError.validation("limit must be between 1 and " + MAX_LIMIT + ".");
			}
			if (offset < 0) {
				throw ApiError.validation("offset must not be negative.");
			}
			return new Window(limit, offset);
		}

		List<String> of(List<String> all) {
			return all.stream().skip(this.offset).limit(this.limit).toList();
		}

		Paging paging(List<String> all) {
			return new Paging(all.size(), this.offset);
		}

	}

	private record User(String id) {
	}

	private record Paging(int count, int offset) {
	}

	private record VehicleList(List<String> vehicles, Paging paging) {
	}

	private record PermissionList(List<String> permissions, Paging paging) {
	}

}
