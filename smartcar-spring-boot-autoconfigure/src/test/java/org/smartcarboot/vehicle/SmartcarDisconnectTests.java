package org.smartcarboot.vehicle;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the auto-configured service removes a user's tokens from the application's
 * token store when the user disconnects their last vehicle, and only then, against a
 * WireMock stand-in for the API.
 */
@SpringBootTest(classes = SmartcarTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SmartcarDisconnectTests {

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String FIRST_VEHICLE = "/v2.0/vehicles?limit=1&offset=0";

	@DynamicPropertySource
	static void pointAtWireMock(DynamicPropertyRegistry registry) {
		registry.add("smartcar.client-id", () -> "app-id");
		registry.add("smartcar.client-secret", () -> "app-secret");
		registry.add("smartcar.scopes", () -> "read_vehicle_info");
		for (String url : new String[] { "connect", "auth", "api", "management" }) {
			registry.add("smartcar.urls." + url, api::baseUrl);
		}
	}

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	private StoredTokens storedTokens;

	@Test
	void disconnectingTheLastVehicleRemovesTheStoredTokens() {
		this.storedTokens.save("last-car-owner", "access-last", "refresh-last", Duration.ofHours(1));
		stubDisconnect("car-1", "{\"vehicles\":[],\"paging\":{\"count\":0,\"offset\":0}}");

		ActionResult result = this.service.forUser("last-car-owner").vehicle("car-1").disconnect().value();

		assertThat(result.status()).isEqualTo("success");
		api.verify(1, deleteRequestedFor(urlEqualTo("/v2.0/vehicles/car-1/application")).withHeader("Authorization",
				equalTo("Bearer access-last")));
		api.verify(1, getRequestedFor(urlEqualTo(FIRST_VEHICLE)));
		assertThat(this.storedTokens.load("last-car-owner")).isNull();
	}

	@Test
	void theTokensStayWhileAnotherVehicleIsConnected() {
		this.storedTokens.save("two-car-owner", "access-two", "refresh-two", Duration.ofHours(1));
		stubDisconnect("car-2", "{\"vehicles\":[\"car-3\"],\"paging\":{\"count\":1,\"offset\":0}}");

		this.service.forUser("two-car-owner").vehicle("car-2").disconnect();

		api.verify(1, getRequestedFor(urlEqualTo(FIRST_VEHICLE)));
		assertThat(this.storedTokens.load("two-car-owner").getAccessToken().getTokenValue()).isEqualTo("access-two");
	}

	private static void stubDisconnect(String vehicleId, String vehiclesLeft) {
		api.stubFor(delete(urlEqualTo("/v2.0/vehicles/" + vehicleId + "/application"))
			.willReturn(WireMock.okJson("{\"status\":\"success\"}")));
		api.stubFor(get(urlEqualTo(FIRST_VEHICLE)).willReturn(WireMock.okJson(vehiclesLeft)));
	}

}
