package org.smartcarboot.benchmarks.clients;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.smartcar.sdk.SmartcarVehicleOptions;
import com.smartcar.sdk.Vehicle;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarServiceBuilder;
import org.smartcarboot.benchmarks.measure.Contender;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The clients that read a vehicle's odometer in the benchmark. Each reads the distance
 * from the answer and checks it, so that no client skips work the others do.
 */
public final class OdometerClients {

	private OdometerClients() {
	}

	/**
	 * The starter: {@code driver.vehicle(id).odometer()}, a background job's call for a
	 * stored driver (token from the store, metadata parsed, errors mapped, reads
	 * retried).
	 * @param name the contender's name
	 * @param driver the service for the driver, from {@code forUser(...)}
	 * @return the contender
	 */
	public static Contender starter(String name, SmartcarVehicleService driver) {
		return new Contender(name, (vehicleId) -> check(driver.vehicle(vehicleId).odometer().value().distance()));
	}

	/**
	 * A bare {@code RestClient} on a request factory with a static bearer header: what
	 * the starter adds nothing to.
	 * @param name the contender's name
	 * @param requestFactory the request factory, shared with the starter it is compared
	 * to
	 * @param baseUrl the base URL of the stub
	 * @param accessToken the access token
	 * @return the contender
	 */
	public static Contender bareRestClient(String name, ClientHttpRequestFactory requestFactory, String baseUrl,
			String accessToken) {
		RestClient client = RestClient.builder()
			.requestFactory(requestFactory)
			.baseUrl(baseUrl + "/v2.0")
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.build();
		return new Contender(name, (vehicleId) -> {
			OdometerBody odometer = client.get()
				.uri("/vehicles/{id}/odometer", vehicleId)
				.header("sc-unit-system", "metric")
				.retrieve()
				.body(OdometerBody.class);
			check((odometer != null) ? odometer.distance() : null);
		});
	}

	/**
	 * The JDK's {@link HttpClient} used directly and synchronously, the body read with
	 * Jackson: the JDK client without Spring's layers.
	 * @param name the contender's name
	 * @param baseUrl the base URL of the stub
	 * @param accessToken the access token
	 * @return the contender
	 */
	public static Contender jdkHttpClient(String name, String baseUrl, String accessToken) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(SmartcarServiceBuilder.DEFAULT_CONNECT_TIMEOUT)
			.build();
		JsonMapper json = new JsonMapper();
		return new Contender(name, (vehicleId) -> {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(baseUrl + "/v2.0/vehicles/" + vehicleId + "/odometer"))
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
				.header("sc-unit-system", "metric")
				.timeout(SmartcarServiceBuilder.DEFAULT_READ_TIMEOUT)
				.build();
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The odometer answered " + response.statusCode());
			}
			check(json.readValue(response.body(), OdometerBody.class).distance());
		});
	}

	/**
	 * The official Smartcar Java SDK (OkHttp, Gson), pointed at the stub with its
	 * {@code origin} option: a new {@link Vehicle} per call, as an application that reads
	 * the cars of many drivers makes them.
	 * @param name the contender's name
	 * @param baseUrl the base URL of the stub
	 * @param accessToken the access token
	 * @return the contender
	 */
	public static Contender officialSdk(String name, String baseUrl, String accessToken) {
		SmartcarVehicleOptions options = new SmartcarVehicleOptions.Builder().origin(baseUrl).build();
		return new Contender(name,
				(vehicleId) -> check(new Vehicle(vehicleId, accessToken, options).odometer().getDistance()));
	}

	private static void check(@Nullable Double distance) {
		if (distance == null || distance <= 0) {
			throw new IllegalStateException("The odometer answer holds no distance: " + distance);
		}
	}

}
