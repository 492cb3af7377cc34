package org.smartcarboot.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The simulated compatibility API on the API host, authenticated with the client
 * credentials as HTTP Basic: {@code GET /v1.0/compatibility} ({@code compatible}),
 * {@code GET /v2.0/compatibility} ({@code compatible}, {@code reason},
 * {@code capabilities}) and {@code GET /v2.0/compatibility/matrix}. The simulated cars'
 * VINs are compatible, with the capabilities of their powertrain; other VINs are not. In
 * test mode, {@code test_mode_compatibility_level} decides instead of the VIN. Errors
 * have v1.0 bodies on the v1.0 path and v2.0 bodies on the others.
 */
final class CompatibilityApi implements SimulatedService {

	private static final String V1 = "v1";

	private static final String V2 = "v2";

	private static final String MATRIX = "matrix";

	private static final String NOT_COMPATIBLE = "VEHICLE_NOT_COMPATIBLE";

	private static final Set<String> MODES = Set.of("live", "test", "simulated");

	private static final Set<String> REGIONS = Set.of("US", "CA", "EUROPE");

	/**
	 * What each test-mode compatibility level simulates: the powertrain of a compatible
	 * car, or none for an incompatible one.
	 */
	private static final Map<String, Powertrain> TEST_LEVELS = testLevels();

	private final ClientRegistration client;

	private final SimulatedAccount account;

	CompatibilityApi(ClientRegistration client, SimulatedAccount account) {
		this.client = client;
		this.account = account;
	}

	private static Map<String, Powertrain> testLevels() {
		Map<String, Powertrain> levels = new LinkedHashMap<>();
		levels.put("compatible", Powertrain.PLUG_IN_HYBRID);
		levels.put("phev", Powertrain.PLUG_IN_HYBRID);
		levels.put("bev", Powertrain.ELECTRIC);
		levels.put("fuel", Powertrain.COMBUSTION);
		levels.put("incompatible", null);
		levels.put("dinosaur", null);
		return levels;
	}

	@Override
	public String getName() {
		return "smartcar-compatibility-api";
	}

	@Override
	public List<MappingBuilder> stubs() {
		return List.of(Endpoint.of("GET", "/v1.0/compatibility").stub().willReturn(routeTo(V1)),
				Endpoint.of("GET", "/v2.0/compatibility").stub().willReturn(routeTo(V2)),
				Endpoint.of("GET", "/v2.0/compatibility/matrix").stub().willReturn(routeTo(MATRIX)));
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		String route = SimulatedService.routeOf(serveEvent);
		Request request = serveEvent.getRequest();
		try {
			if (!this.client.authenticates(request.getHeader("Authorization"))) {
				throw new ApiError(SimulatedError.of(401, "AUTHENTICATION", null,
						"The client credentials you provided are invalid."));
			}
			Object body = switch (route) {
				case V1 -> new CompatibilityV1(
						powertrainOf(request).filter((powertrain) -> supportsAll(powertrain, scope(request, true)))
							.isPresent());
				case V2 -> compatibilityV2(request);
				default -> matrix(request);
			};
			return ApiResponse.ok(body).toDefinition();
		}
		catch (ApiError error) {
			return (V1.equals(route) ? ErrorBodies.v1(error.error()) : ErrorBodies.v2(error)).toDefinition();
		}
	}

	private CompatibilityV2 compatibilityV2(Request request) {
		Optional<Powertrain> simulated = powertrainOf(request);
		List<String> scope = scope(request, true);
		String mode = query(request, "mode");
		if (mode != null && !MODES.contains(mode)) {
			throw ApiError.validation("mode must be one of live, test or simulated.");
		}
		String level = query(request, "test_mode_compatibility_level");
		Optional<Powertrain> powertrain;
		if (level != null) {
			if (!"test".equals(mode)) {
				throw ApiError.validation("test_mode_compatibility_level requires mode=test.");
			}
			if (!TEST_LEVELS.containsKey(level)) {
				throw ApiError.validation("test_mode_compatibility_level must be one of " + TEST_LEVELS.keySet() + ".");
			}
			powertrain = Optional.ofNullable(TEST_LEVELS.get(level));
		}
		else {
			powertrain = simulated;
		}
		return powertrain
			.map((compatible) -> new CompatibilityV2(true, ApiResponse.nullable(null),
					Arrays.stream(Capability.values())
						.filter((capability) -> scope.contains(capability.permission()))
						.map((capability) -> CapabilityBody.of(capability, compatible))
						.toList()))
			.orElseGet(() -> new CompatibilityV2(false, NOT_COMPATIBLE, List.of()));
	}

	/**
	 * The powertrain of the simulated car with the request's VIN.
	 * @param request a request with {@code vin} and an optional {@code country}
	 * @return the powertrain, or empty when no simulated car has the VIN
	 * @throws ApiError {@code 400 VALIDATION} without a VIN or for a country other than
	 * the US
	 */
	private Optional<Powertrain> powertrainOf(Request request) {
		String vin = required(request, "vin");
		String country = query(request, "country");
		if (country != null && !"US".equalsIgnoreCase(country)) {
			throw ApiError.validation("Compatibility can only be checked for vehicles sold in the US.");
		}
		return this.account.findByVin(vin).map(SimulatedVehicle::powertrain);
	}

	private Map<String, List<MatrixEntry>> matrix(Request request) {
		String region = required(request, "region");
		if (!REGIONS.contains(region)) {
			throw ApiError.validation("region must be one of US, CA or EUROPE.");
		}
		List<String> scope = scope(request, false);
		List<String> makes = list(query(request, "make"));
		List<String> types = list(query(request, "type"));
		Predicate<SimulatedVehicle> wanted = (vehicle) -> "US".equals(region)
				&& (makes.isEmpty() || makes.stream().anyMatch(vehicle.make()::equalsIgnoreCase))
				&& (types.isEmpty() || types.stream().anyMatch(vehicle.powertrain().smartcarType()::equalsIgnoreCase))
				&& supportsAll(vehicle.powertrain(), scope);
		Map<String, List<MatrixEntry>> matrix = new LinkedHashMap<>();
		this.account.vehicles()
			.stream()
			.filter(wanted)
			.forEach((vehicle) -> matrix.computeIfAbsent(vehicle.make(), (make) -> new ArrayList<>())
				.add(MatrixEntry.of(vehicle, scope)));
		return matrix;
	}

	private static boolean supportsAll(Powertrain powertrain, List<String> permissions) {
		return permissions.stream()
			.allMatch((permission) -> Arrays.stream(Capability.values())
				.anyMatch((capability) -> capability.permission().equals(permission)
						&& capability.isSupportedBy(powertrain)));
	}

	private static List<String> scope(Request request, boolean required) {
		List<String> scope = list(required ? required(request, "scope") : query(request, "scope"));
		for (String permission : scope) {
			if (!Capability.isKnownPermission(permission)) {
				throw ApiError.validation("Unknown permission in scope: " + permission + ".");
			}
		}
		return scope;
	}

	private static List<String> list(String spaceSeparated) {
		return (spaceSeparated != null)
				? Arrays.stream(spaceSeparated.split(" ")).filter((value) -> !value.isEmpty()).toList() : List.of();
	}

	private static String required(Request request, String name) {
		String value = query(request, name);
		if (value == null || value.isBlank()) {
			throw ApiError.validation(name + " is required.");
		}
		return value;
	}

	private static String query(Request request, String name) {
		return RequestParams.query(request, name);
	}

	private record CompatibilityV1(boolean compatible) {
	}

	private record CompatibilityV2(boolean compatible, Object reason, List<CapabilityBody> capabilities) {
	}

	private record CapabilityBody(boolean capable, String endpoint, String permission, Object reason) {

		static CapabilityBody of(Capability capability, Powertrain powertrain) {
			boolean capable = capability.isSupportedBy(powertrain);
			return new CapabilityBody(capable, capability.path(), capability.permission(),
					ApiResponse.nullable(capable ? null : "VEHICLE_NOT_CAPABLE"));
		}

	}

	private record MatrixEntry(String model, int startYear, int endYear, String type, List<String> endpoints,
			List<String> permissions) {

		static MatrixEntry of(SimulatedVehicle vehicle, List<String> scope) {
			List<Capability> capabilities = Arrays.stream(Capability.values())
				.filter((capability) -> capability.isSupportedBy(vehicle.powertrain()))
				.filter((capability) -> scope.isEmpty() || scope.contains(capability.permission()))
				.toList();
			return new MatrixEntry(vehicle.model(), vehicle.year(), vehicle.year(), vehicle.powertrain().smartcarType(),
					capabilities.stream().map(Capability::displayName).distinct().toList(),
					capabilities.stream().map(Capability::permission).distinct().toList());
		}

	}

}
