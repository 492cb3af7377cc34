package org.smartcarboot.benchmarks.stub;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The stubs of the Smartcar hosts the benchmark calls, with static answers shaped as
 * Smartcar's: the v2.0 reads with their {@code sc-*} headers, a batch of five reads and
 * the token endpoint. Every API stub requires a bearer token and every token request HTTP
 * Basic client authentication, so a client that sends none gets a 404 and the benchmark
 * stops. Each stub has a name under which {@link StubCounters} counts its requests.
 */
public final class StubMappings {

	/**
	 * Stub of {@code GET /v2.0/vehicles/{id}/odometer}.
	 */
	public static final String ODOMETER = "odometer";

	/**
	 * Stub of the odometer of the vehicles whose id starts with {@link #SLOW_PREFIX},
	 * answering after the configured latency.
	 */
	public static final String SLOW_ODOMETER = "odometer-slow";

	/**
	 * Prefix of the ids of vehicles that answer after the configured latency.
	 */
	public static final String SLOW_PREFIX = "slow-";

	/**
	 * Stub of {@code POST /v2.0/vehicles/{id}/batch}.
	 */
	public static final String BATCH = "batch";

	/**
	 * Stub of {@code POST /oauth/token} with a refresh token grant.
	 */
	public static final String TOKEN = "token";

	/**
	 * Access token the token endpoint issues.
	 */
	public static final String REFRESHED_ACCESS_TOKEN = "benchmark-access-refreshed";

	/**
	 * Names of the stubs of the vehicle API, each counting one round trip per request.
	 */
	public static final List<String> API_STUBS = List.of(ODOMETER, SLOW_ODOMETER, "location", "fuel", "battery",
			"tires", BATCH);

	private static final String DATA_AGE = "2025-11-20T10:15:30.123Z";

	private static final String FETCHED_AT = "2025-11-20T10:15:31.456Z";

	private static final String ODOMETER_BODY = "{\"distance\":104.32}";

	private static final String LOCATION_BODY = "{\"latitude\":37.4292,\"longitude\":-122.1381}";

	private static final String FUEL_BODY = "{\"range\":540.5,\"percentRemaining\":0.53,\"amountRemaining\":28.4}";

	private static final String BATTERY_BODY = "{\"range\":320.1,\"percentRemaining\":0.76}";

	private static final String TIRES_BODY = "{\"frontLeft\":240.1,\"frontRight\":242.3,\"backLeft\":238.9,\"backRight\":241.0}";

	private static final String BEARER = "Bearer .+";

	private StubMappings() {
	}

	/**
	 * Returns every stub.
	 * @param slowLatency how long the slow vehicles take to answer
	 * @return the stubs, each with its name
	 */
	public static List<MappingBuilder> all(Duration slowLatency) {
		return List.of(read(ODOMETER, "odometer", ODOMETER_BODY), slowOdometer(slowLatency),
				read("location", "location", LOCATION_BODY), read("fuel", "fuel", FUEL_BODY),
				read("battery", "battery", BATTERY_BODY), read("tires", "tires/pressure", TIRES_BODY), batch(),
				token());
	}

	private static MappingBuilder read(String name, String path, String body) {
		return get(urlPathMatching("/v2\\.0/vehicles/[^/]+/" + path)).withName(name)
			.withHeader("Authorization", matching(BEARER))
			.willReturn(dataResponse(body));
	}

	private static MappingBuilder slowOdometer(Duration latency) {
		return get(urlPathMatching("/v2\\.0/vehicles/" + SLOW_PREFIX + "[^/]+/odometer")).withName(SLOW_ODOMETER)
			.atPriority(1)
			.withHeader("Authorization", matching(BEARER))
			.willReturn(dataResponse(ODOMETER_BODY).withFixedDelay((int) latency.toMillis()));
	}

	private static MappingBuilder batch() {
		String items = String.join(",", batchItem("/odometer", ODOMETER_BODY), batchItem("/location", LOCATION_BODY),
				batchItem("/fuel", FUEL_BODY), batchItem("/battery", BATTERY_BODY),
				batchItem("/tires/pressure", TIRES_BODY));
		return post(urlPathMatching("/v2\\.0/vehicles/[^/]+/batch")).withName(BATCH)
			.withHeader("Authorization", matching(BEARER))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withHeader("sc-request-id", "5f3a8b0e-0000-4000-8000-00000000b47c")
				.withBody("{\"responses\":[" + items + "]}"));
	}

	private static String batchItem(String path, String body) {
		return "{\"path\":\"" + path + "\",\"code\":200,\"headers\":{\"sc-data-age\":\"" + DATA_AGE
				+ "\",\"sc-fetched-at\":\"" + FETCHED_AT + "\",\"sc-unit-system\":\"metric\"},\"body\":" + body + "}";
	}

	private static MappingBuilder token() {
		return post(urlPathEqualTo("/oauth/token")).withName(TOKEN)
			.withHeader("Authorization", matching("Basic .+"))
			.withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\":\"" + REFRESHED_ACCESS_TOKEN + "\",\"token_type\":\"Bearer\","
						+ "\"expires_in\":7200,\"refresh_token\":\"benchmark-refresh-rotated\"}"));
	}

	private static ResponseDefinitionBuilder dataResponse(String body) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("sc-request-id", "5f3a8b0e-0000-4000-8000-000000000001")
			.withHeader("sc-data-age", DATA_AGE)
			.withHeader("sc-fetched-at", FETCHED_AT)
			.withHeader("sc-unit-system", "metric")
			.withBody(body);
	}

}
