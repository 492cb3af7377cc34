package org.smartcarboot.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The simulated vehicle API, version 2.0: checks the token each route needs, dispatches
 * to the routes of each feature (account, vehicle data, location, security, charging,
 * diagnostics, webhooks, batch) and answers every other {@code /v<version>/...} path with
 * a Smartcar 404. Successful answers carry {@code sc-request-id}, {@code sc-data-age},
 * {@code sc-fetched-at} and {@code sc-unit-system}.
 */
final class VehicleApi implements SimulatedService {

	private static final String VERSION_PREFIX = "/v2.0/";

	/**
	 * Below the default stub priority, so the route stubs and the other services win.
	 */
	private static final int UNKNOWN_PATH_PRIORITY = 10;

	private final TokenStore tokens;

	private final ClientRegistration client;

	private final EndpointFaults faults;

	private final List<Route> routes;

	VehicleApi(SimulatedAccount account, TokenStore tokens, ClientRegistration client, EndpointFaults faults) {
		this.tokens = tokens;
		this.client = client;
		this.faults = faults;
		this.routes = Stream
			.of(new AccountRoutes(account, tokens), new VehicleDataRoutes(account), new LocationRoutes(account),
					new SecurityRoutes(account), new ChargingRoutes(account, client), new DiagnosticsRoutes(account),
					new WebhookRoutes(account), new BatchRoutes(account, this::answerBatchItem))
			.flatMap((group) -> group.routes().stream())
			.toList();
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
		for (Route route : this.routes) {
			stubs.add(route.endpoint().stub().willReturn(WireMock.aResponse().withTransformers(getName())));
		}
		stubs.add(WireMock.any(WireMock.urlPathMatching("/v[^/]+(/.*)?"))
			.atPriority(UNKNOWN_PATH_PRIORITY)
			.willReturn(WireMock.aResponse().withTransformers(getName())));
		return stubs;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		return answer(serveEvent.getRequest()).toDefinition();
	}

	/**
	 * Answers a request: finds its route, checks its token and runs the route.
	 * @param request the request
	 * @return the response
	 */
	private ApiResponse answer(Request request) {
		String path = Urls.getPath(request.getUrl());
		try {
			Route route = this.routes.stream()
				.filter((candidate) -> candidate.endpoint().matches(request))
				.findFirst()
				.orElseThrow(() -> notFound(path));
			authorize(route, request);
			ApiRequest apiRequest = new ApiRequest(request, route.endpoint().pathParameters(path));
			return ApiResponse.vehicleData(route.handler().handle(apiRequest), apiRequest.units());
		}
		catch (ApiError error) {
			return ErrorBodies.v2(error);
		}
	}

	/**
	 * Answers the request a batch item stands for, as if it had come over HTTP: an
	 * injected fault of its endpoint fails it.
	 * @param item the item's {@code GET} request
	 * @return the response
	 */
	private ApiResponse answerBatchItem(Request item) {
		return this.faults.failureFor(item).orElseGet(() -> answer(item));
	}

	private void authorize(Route route, Request request) {
		String token = ApiRequest.bearerToken(request);
		boolean authorized = switch (route.access()) {
			case DRIVER -> this.tokens.isAccessTokenValid(token);
			case APPLICATION -> this.client.isManagementToken(token);
		};
		if (!authorized) {
			throw new ApiError(SimulatedError.authentication());
		}
	}

	private static ApiError notFound(String path) {
		return new ApiError((path + "/").startsWith(VERSION_PREFIX)
				? SimulatedError.resourceNotFound("PATH", "The requested path " + path + " does not exist.")
				: SimulatedError.resourceNotFound("VERSION", "The requested API version does not exist: " + path));
	}

}
