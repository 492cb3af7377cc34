package org.smartcarboot.vehicle;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.RecordedPayloads;
import org.smartcarboot.api.ResponseMeta;
import org.smartcarboot.api.UnitSystem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A WireMock stand-in for the Smartcar vehicle API on loopback, the token of one stored
 * user, and the recorded payloads it answers with.
 */
final class SmartcarApiStub {

	static final String USER = "user-1";

	static final String ACCESS_TOKEN = "access-1";

	/**
	 * The vehicle id of Smartcar's recorded payloads.
	 */
	static final String VEHICLE_ID = "36ab27d0-fd9d-4455-823a-ce30af709ffc";

	static final String VEHICLE_PATH = "/v2.0/vehicles/" + VEHICLE_ID;

	static final String REQUEST_ID = "2e3c4b5a-request";

	static final String DATA_AGE = "2018-06-20T01:33:37.078Z";

	static final String FETCHED_AT = "2018-06-20T01:34:02.512Z";

	private SmartcarApiStub() {
	}

	/**
	 * Returns a WireMock extension bound to 127.0.0.1.
	 * @return the extension
	 */
	static WireMockExtension server() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
	}

	/**
	 * Returns the Spring Security pieces pointed at the server, with a valid token stored
	 * for {@link #USER}.
	 * @param api the server
	 * @return the setup
	 */
	static LibraryTestSetup security(WireMockExtension api) {
		LibraryTestSetup security = new LibraryTestSetup(api.baseUrl(), "app-id", "app-secret");
		security.storeTokens(USER, ACCESS_TOKEN, "refresh-1", Duration.ofHours(1));
		return security;
	}

	/**
	 * Returns a builder of the service under test, pointed at the server.
	 * @param api the server
	 * @param security the Spring Security pieces
	 * @return the builder
	 */
	static SmartcarVehicleServiceBuilder service(WireMockExtension api, LibraryTestSetup security) {
		return SmartcarVehicleService.builder(security.manager()).apiUrl(api.baseUrl());
	}

	/**
	 * Returns the service of the user whose token is stored, pointed at the server.
	 * @param api the server
	 * @return the user's service
	 */
	static SmartcarVehicleService driver(WireMockExtension api) {
		return service(api, security(api)).build().forUser(USER);
	}

	/**
	 * Returns the handle on the vehicle {@link #VEHICLE_ID} of the user whose token is
	 * stored, pointed at the server.
	 * @param api the server
	 * @return the vehicle handle
	 */
	static SmartcarVehicle vehicle(WireMockExtension api) {
		return driver(api).vehicle(VEHICLE_ID);
	}

	/**
	 * Returns a 200 answer with a recorded payload and Smartcar's {@code sc-*} headers,
	 * metric.
	 * @param fixture the payload's file name in {@code fixtures/smartcar-java-sdk}
	 * @return the answer
	 */
	static ResponseDefinitionBuilder recorded(String fixture) {
		return json(RecordedPayloads.read(fixture), UnitSystem.METRIC);
	}

	/**
	 * Returns a 200 answer with a JSON body and Smartcar's {@code sc-*} headers.
	 * @param body the body
	 * @param unitSystem the unit system the answer names
	 * @return the answer
	 */
	static ResponseDefinitionBuilder json(String body, UnitSystem unitSystem) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("sc-request-id", REQUEST_ID)
			.withHeader("sc-data-age", DATA_AGE)
			.withHeader("sc-fetched-at", FETCHED_AT)
			.withHeader("sc-unit-system", unitSystem.headerValue())
			.withBody(body);
	}

	/**
	 * Returns the metadata of the answers of {@link #json}.
	 * @param unitSystem the unit system the answer named
	 * @return the metadata
	 */
	static ResponseMeta meta(UnitSystem unitSystem) {
		return new ResponseMeta(REQUEST_ID, Instant.parse(DATA_AGE), Instant.parse(FETCHED_AT), unitSystem);
	}

	/**
	 * Adds to a request pattern the headers every Smartcar request carries.
	 * @param request the pattern
	 * @param unitSystem the unit system requested
	 * @return the pattern
	 */
	static RequestPatternBuilder authorized(RequestPatternBuilder request, UnitSystem unitSystem) {
		return request.withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
			.withHeader("sc-unit-system", equalTo(unitSystem.headerValue()));
	}

}
