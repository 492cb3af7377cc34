package org.smartcarboot.simulator;

import java.util.List;

/**
 * Webhook subscriptions: {@code POST /vehicles/{id}/webhooks/{webhookId}} subscribes a
 * car with the driver's token; {@code DELETE} unsubscribes it with the application
 * management token. Any webhook id is accepted.
 */
final class WebhookRoutes implements RouteGroup {

	private static final String PATH = "/v2.0/vehicles/{id}/webhooks/{webhookId}";

	private final SimulatedAccount account;

	WebhookRoutes(SimulatedAccount account) {
		this.account = account;
	}

	@Override
	public List<Route> routes() {
		return List.of(Route.of("POST", PATH, this::subscribe),
				new Route(Endpoint.of("DELETE", PATH), Route.Access.APPLICATION, this::unsubscribe));
	}

	private Subscription subscribe(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		String webhookId = request.pathParameters().get("webhookId");
		vehicle.subscribe(webhookId);
		return new Subscription(webhookId, vehicle.id());
	}

	private CommandResult.Status unsubscribe(ApiRequest request) {
		request.vehicleIn(this.account).unsubscribe(request.pathParameters().get("webhookId"));
		return CommandResult.Status.success();
	}

	private record Subscription(String webhookId, String vehicleId) {
	}

}
