package org.smartcarboot.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;

import org.smartcarboot.simulator.ApiError.FieldError;

/**
 * {@code POST /vehicles/{id}/batch}: runs each requested path as a {@code GET} request of
 * its own, through the same code as a single request (injected faults included), and
 * answers {@code {"responses": [{path, code, headers, body}]}}. A failed item carries its
 * status and error body, and headers only when it has a {@code retry-after}; the batch
 * itself still answers 200.
 */
final class BatchRoutes implements RouteGroup {

	private static final String VALIDATION_DESCRIPTION = "Request invalid or malformed. Please check for missing parameters, spelling and casing mistakes, and other syntax issues.";

	/**
	 * The headers a batch item keeps: its data headers, not the request id (the batch has
	 * one).
	 */
	private static final List<String> ITEM_HEADERS = List.of("sc-data-age", "sc-fetched-at", UnitSystem.HEADER,
			"retry-after");

	/**
	 * The request headers an item inherits from the batch request.
	 */
	private static final List<String> INHERITED_HEADERS = List.of("Authorization", UnitSystem.HEADER);

	private final SimulatedAccount account;

	private final Function<Request, ApiResponse> singleRequests;

	/**
	 * Creates the batch route.
	 * @param account the user's cars
	 * @param singleRequests answers one request as the vehicle API answers it over HTTP
	 */
	BatchRoutes(SimulatedAccount account, Function<Request, ApiResponse> singleRequests) {
		this.account = account;
		this.singleRequests = singleRequests;
	}

	@Override
	public List<Route> routes() {
		return List.of(Route.of("POST", "/v2.0/vehicles/{id}/batch", this::batch));
	}

	private BatchResponse batch(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		List<String> paths = requestedPaths(request);
		String vehiclePath = request.origin() + "/v2.0/vehicles/" + vehicle.id();
		return new BatchResponse(paths.stream().map((path) -> item(request, vehiclePath, path)).toList());
	}

	private BatchItem item(ApiRequest batch, String vehiclePath, String path) {
		ImmutableRequest.Builder item = ImmutableRequest.create()
			.withMethod(RequestMethod.GET)
			.withAbsoluteUrl(vehiclePath + (path.equals("/") || path.startsWith("/?") ? path.substring(1) : path));
		for (String header : INHERITED_HEADERS) {
			String value = batch.http().getHeader(header);
			if (value != null) {
				item.withHeader(header, value);
			}
		}
		ApiResponse response = this.singleRequests.apply(item.build());
		Map<String, String> headers = new LinkedHashMap<>();
		response.headers().forEach((name, value) -> {
			if (ITEM_HEADERS.contains(name)) {
				headers.put(name, value);
			}
		});
		return new BatchItem(path, response.status(), headers.isEmpty() ? null : headers, response.body());
	}

	private static List<String> requestedPaths(ApiRequest request) {
		Object requests = request.jsonBody().get("requests");
		if (!(requests instanceof List<?> list) || list.isEmpty()) {
			throw invalid(List.of("requests"), "\"requests\" must be a non-empty array");
		}
		for (int index = 0; index < list.size(); index++) {
			if (!(list.get(index) instanceof Map<?, ?> item) || !(item.get("path") instanceof String path)
					|| !path.startsWith("/")) {
				throw invalid(List.of("requests", String.valueOf(index), "path"),
						"\"path\" must be a string starting with /");
			}
		}
		return list.stream().map((item) -> (String) ((Map<?, ?>) item).get("path")).toList();
	}

	private static ApiError invalid(List<String> field, String message) {
		return new ApiError(SimulatedError.of(400, "VALIDATION", null, VALIDATION_DESCRIPTION),
				List.of(new FieldError(field, message)));
	}

	private record BatchItem(String path, int code, Map<String, String> headers, Object body) {
	}

	private record BatchResponse(List<BatchItem> responses) {
	}

}
