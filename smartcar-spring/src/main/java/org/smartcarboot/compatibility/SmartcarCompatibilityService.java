package org.smartcarboot.compatibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;

import org.smartcarboot.api.QueryTemplate;
import org.smartcarboot.api.SmartcarExchange;
import org.smartcarboot.api.SmartcarFlags;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.connect.ConnectMode;
import org.smartcarboot.error.SmartcarException;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Smartcar's compatibility API, authenticated with the application's client id and secret
 * (HTTP Basic): whether a vehicle can grant permissions, by VIN, in API v1.0 and v2.0,
 * and the compatibility matrix of makes and models. Every parameter is checked before
 * anything is sent.
 * <p>
 * Every method throws {@link SmartcarException} when Smartcar answers with an error or
 * with a response that cannot be read.
 */
public class SmartcarCompatibilityService {

	private final SmartcarExchange exchange;

	SmartcarCompatibilityService(SmartcarExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Starts building a service, for applications that wire it themselves rather than
	 * through the Spring Boot starter.
	 * @param clientId the client id of the Smartcar application
	 * @param clientSecret the client secret of the Smartcar application
	 * @return the builder
	 * @throws IllegalArgumentException when a credential is blank or the client id holds
	 * a colon
	 */
	public static SmartcarCompatibilityServiceBuilder builder(String clientId, String clientSecret) {
		return new SmartcarCompatibilityServiceBuilder(clientId, clientSecret);
	}

	/**
	 * Asks the v2.0 compatibility API whether a vehicle can grant permissions
	 * ({@code GET /v2.0/compatibility}).
	 * @param request the VIN, permissions, country and options
	 * @return the compatibility, per permission
	 */
	public SmartcarResponse<Compatibility> compatibility(CompatibilityRequest request) {
		ConnectMode mode = request.mode();
		TestModeCompatibilityLevel level = request.testModeCompatibilityLevel();
		QueryTemplate query = QueryTemplate.path("/v2.0/compatibility")
			.param("vin", request.vin())
			.param("scope", CompatibilityParameters.spaceSeparated(request.scopes()))
			.param("country", request.country())
			.param("mode", (mode != null) ? mode.parameterValue() : null)
			.param("test_mode_compatibility_level", (level != null) ? level.parameterValue() : null)
			.param("flags", request.flags().isEmpty() ? null : SmartcarFlags.parameter(request.flags()));
		return get(query, Compatibility.class);
	}

	/**
	 * Asks the v1.0 compatibility API whether a vehicle can grant permissions
	 * ({@code GET /v1.0/compatibility}), as the Python SDK's {@code is_compatible} does.
	 * @param vin the 17-character vehicle identification number
	 * @param scopes the permissions to check, at least one
	 * @param country the two-letter country code, such as
	 * {@value CompatibilityRequest#DEFAULT_COUNTRY}
	 * @return whether the vehicle is compatible
	 * @throws IllegalArgumentException when a parameter is not valid
	 */
	public SmartcarResponse<CompatibilityV1> compatibilityV1(String vin, Collection<String> scopes, String country) {
		Assert.notNull(scopes, "scopes must not be null");
		CompatibilityRequest request = new CompatibilityRequest(vin, new ArrayList<>(scopes), country, null, null,
				Map.of());
		QueryTemplate query = QueryTemplate.path("/v1.0/compatibility")
			.param("vin", request.vin())
			.param("scope", CompatibilityParameters.spaceSeparated(request.scopes()))
			.param("country", request.country());
		return get(query, CompatibilityV1.class);
	}

	/**
	 * Reads the compatibility matrix ({@code GET /v2.0/compatibility/matrix}).
	 * @param request the region and what to narrow the matrix to
	 * @return the models per make
	 */
	public SmartcarResponse<CompatibilityMatrix> matrix(CompatibilityMatrixRequest request) {
		ConnectMode mode = request.mode();
		QueryTemplate query = QueryTemplate.path("/v2.0/compatibility/matrix")
			.param("region", request.region())
			.param("mode", (mode != null) ? mode.parameterValue() : null)
			.param("make", CompatibilityParameters.spaceSeparated(request.makes()))
			.param("scope", CompatibilityParameters.spaceSeparated(request.scopes()))
			.param("type", request.type());
		return get(query, CompatibilityMatrix.class);
	}

	private <T> SmartcarResponse<T> get(QueryTemplate query, Class<T> type) {
		return this.exchange.send(this.exchange.request(HttpMethod.GET, query.template(), query.values()), type);
	}

	@Override
	public String toString() {
		return "SmartcarCompatibilityService";
	}

}
