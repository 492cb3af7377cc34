package org.smartcarboot.vehicle;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.v3.Signal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code smartcar.urls.v3} points the API v3 reads of the auto-configured
 * service, which read with Spring Boot's JSON mapper.
 */
@SpringBootTest(classes = SmartcarTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SmartcarV3PropertyTests {

	@RegisterExtension
	static final WireMockExtension smartcar = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@DynamicPropertySource
	static void pointAtWireMock(DynamicPropertyRegistry registry) {
		String baseUrl = "http://127.0.0.1:" + smartcar.getPort();
		registry.add("smartcar.client-id", () -> "app-id");
		registry.add("smartcar.client-secret", () -> "app-secret");
		registry.add("smartcar.scopes", () -> "read_vehicle_info");
		for (String url : new String[] { "connect", "auth", "api", "management" }) {
			registry.add("smartcar.urls." + url, () -> baseUrl);
		}
		registry.add("smartcar.urls.v3", () -> baseUrl + "/preview/v3");
	}

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	private StoredTokens storedTokens;

	@Test
	void theV3ReadsGoToTheConfiguredUrlWithTheDriversToken() {
		this.storedTokens.save("user-1", "access-1", "refresh-1", Duration.ofHours(1));
		smartcar
			.stubFor(get("/preview/v3/vehicles/car-1/signals/odometer-traveleddistance").willReturn(WireMock.okJson("""
					{"id":"odometer-traveleddistance","type":"signal",
					 "attributes":{"code":"odometer-traveleddistance","name":"TraveledDistance","group":"Odometer",
					  "status":{"value":"SUCCESS"},"body":{"unit":"kilometers","value":1234.5}},
					 "meta":{"retrievedAt":1752104218549,"oemUpdatedAt":1752104118549}}
					""")));

		Signal signal = this.service.forUser("user-1")
			.vehicle("car-1")
			.v3()
			.signal("odometer-traveleddistance")
			.value();

		assertThat(signal.attributes().body().path("value").asDouble()).isEqualTo(1234.5);
		assertThat(signal.meta().retrievedAt()).isEqualTo(Instant.ofEpochMilli(1752104218549L));
		assertThat(signal.links()).isEmpty();
		smartcar.verify(getRequestedFor(urlEqualTo("/preview/v3/vehicles/car-1/signals/odometer-traveleddistance"))
			.withHeader("Authorization", equalTo("Bearer access-1")));
	}

}
