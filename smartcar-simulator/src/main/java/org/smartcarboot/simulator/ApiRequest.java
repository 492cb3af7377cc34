package org.smartcarboot.simulator;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.JsonException;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.http.Request;

/**
 * A request to the simulated vehicle API as a route handles it: the HTTP request (or the
 * request a batch item stands for) and the variables of the route's path template.
 *
 * @param http the request
 * @param pathParameters the path variables, for example {@code id}
 */
record ApiRequest(Request http, PathParams pathParameters) {

	private static final String BEARER_PREFIX = "bearer ";

	/**
	 * The bearer token of the {@code Authorization} header.
	 * @param request the request
	 * @return the token, or {@code null} when the request has none
	 */
	static String bearerToken(Request request) {
		String authorization = request.getHeader("Authorization");
		if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
			return null;
		}
		return authorization.substring(BEARER_PREFIX.length()).trim();
	}

	String bearerToken() {
		return bearerToken(this.http);
	}

	/**
	 * The vehicle id of the path.
	 * @return the {@code {id}} path variable
	 */
	String vehicleId() {
		return this.pathParameters.get("id");
	}

	/**
	 * The connected car the path names.
	 * @param account the user's account
	 * @return the car
	 * @throws ApiError {@code 404 RESOURCE_NOT_FOUND:PATH} when no connected car has the
	 * path's id
	 */
	SimulatedVehicle vehicleIn(SimulatedAccount account) {
		String vehicleId = vehicleId();
		return account.findConnected(vehicleId)
			.orElseThrow(() -> new ApiError(
					SimulatedError.resourceNotFound("PATH", "No vehicle with id " + vehicleId + " is connected.")));
	}

	/**
	 * The unit system the request asks for with {@code sc-unit-system}.
	 * @return the unit system
	 */
	UnitSystem units() {
		return UnitSystem.requestedBy(this.http);
	}

	/**
	 * The scheme, host and port the request was sent to.
	 * @return the origin, for example {@code http://localhost:54321}
	 */
	String origin() {
		URI uri = URI.create(this.http.getAbsoluteUrl());
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	/**
	 * A query parameter.
	 * @param name the name
	 * @return the first value, or {@code null} when absent
	 */
	String query(String name) {
		return RequestParams.query(this.http, name);
	}

	/**
	 * An integer query parameter.
	 * @param name the name
	 * @param defaultValue the value when the parameter is absent
	 * @return the value
	 * @throws ApiError {@code 400 VALIDATION} when the value is not an integer
	 */
	int intQuery(String name, int defaultValue) {
		String value = query(name);
		try {
			return (value != null) ? Integer.parseInt(value) : defaultValue;
		}
		catch (NumberFormatException ex) {
			throw ApiError.validation(name + " must be an integer.");
		}
	}

	/**
	 * The body as a JSON object.
	 * @return the members, empty for an empty body
	 * @throws ApiError {@code 400 VALIDATION} when the body is not a JSON object
	 */
	Map<?, ?> jsonBody() {
		try {
			Map<?, ?> body = Json.read(this.http.getBodyAsString(), Map.class);
			return (body != null) ? body : Map.of();
		}
		catch (JsonException ex) {
			throw ApiError.validation("The request body must be a JSON object.");
		}
	}

	/**
	 * A number member of the JSON body; a string holding a number is accepted too, as
	 * some SDKs send one.
	 * @param name the member name
	 * @return the number
	 * @throws ApiError {@code 400 VALIDATION} when the member is missing or not a number
	 */
	double numberMember(String name) {
		Object value = jsonBody().get(name);
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof String text) {
			try {
				return Double.parseDouble(text);
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		throw ApiError.validation(name + " must be a number.");
	}

}
