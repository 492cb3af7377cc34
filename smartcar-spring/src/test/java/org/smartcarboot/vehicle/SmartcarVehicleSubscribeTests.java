package org.smartcarboot.vehicle;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcarboot.RecordedPayloads;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link SmartcarVehicle#subscribe(String)} against WireMock replaying the payload
 * recorded for Smartcar's Java SDK.
 */
class SmartcarVehicleSubscribeTests {

	@RegisterExtension
	static final WireMockExtension smartcar = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String CAR = "902da0a6-796b-4b7e-b092-639677ed1033";

	private static final String WEBHOOK = "d0846f13-ef13-4014-9d90-6439e1dd0884";

	private static final String SUBSCRIBE = "/v2.0/vehicles/" + CAR + "/webhooks/" + WEBHOOK;

	private SmartcarVehicle car;

	@BeforeEach
	void storeATokenAndBuildTheService() {
		String baseUrl = "http://127.0.0.1:" + smartcar.getPort();
		LibraryTestSetup security = new LibraryTestSetup(baseUrl, "app-id", "app-secret");
		security.storeTokens("user-1", "access-1", "refresh-1", Duration.ofHours(1));
		this.car = SmartcarVehicleService.builder(security.manager())
			.apiUrl(baseUrl)
			.build()
			.forUser("user-1")
			.vehicle(CAR);
	}

	@Test
	void postsAnEmptyBodyWithTheDriversTokenAndReadsTheSubscription() {
		smartcar.stubFor(post(SUBSCRIBE).willReturn(WireMock.okJson(RecordedPayloads.read("SubscribeVehicle.json"))
			.withHeader("sc-request-id", "req-sub")));

		SmartcarResponse<WebhookSubscription> response = this.car.subscribe(WEBHOOK);

		assertThat(response.value()).isEqualTo(new WebhookSubscription(WEBHOOK, CAR));
		assertThat(response.meta().requestId()).isEqualTo("req-sub");
		smartcar.verify(postRequestedFor(urlEqualTo(SUBSCRIBE)).withHeader("Authorization", equalTo("Bearer access-1"))
			.withoutHeader("Content-Type"));
		assertThat(smartcar.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().getBody()).isEmpty());
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "a/b", "../application", "hook?x=1", "hook#1", "hook.json" })
	void refusesAMalformedWebhookIdBeforeSending(String webhookId) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.car.subscribe(webhookId))
			.withMessageContaining("webhookId");
		assertThat(smartcar.getAllServeEvents()).isEmpty();
	}

	@Test
	void anErrorIsASmartcarException() {
		smartcar.stubFor(post(SUBSCRIBE)
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody("""
					{"type":"RESOURCE_NOT_FOUND","code":"PATH","description":"Unknown webhook.","requestId":"req-404"}
					""")));

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> this.car.subscribe(WEBHOOK))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(404);
				assertThat(ex.getType()).isEqualTo("RESOURCE_NOT_FOUND");
				assertThat(ex.getCode()).isEqualTo("PATH");
				assertThat(ex.getRequestId()).isEqualTo("req-404");
			});
	}

}
