package org.smartcarboot.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.SmartcarTestApplication;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two HMAC test vectors of Smartcar's SDKs, over a real port, with the management
 * token {@code amt}: the challenge {@code challenge} and the body
 * {@code {"pizza":"pasta"}}.
 */
@SpringBootTest(classes = SmartcarTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "smartcar.webhooks.enabled=true", "smartcar.scopes=read_vehicle_info" })
class WebhookTestVectorTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	private static final String CHALLENGE_REPLY = "{\"challenge\":\"9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e\"}";

	private static final String PIZZA_SIGNATURE = "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void pointAtSimulatorWithTheVectorsToken(DynamicPropertyRegistry registry) {
		smartcar.simulator()
			.springProperties()
			.entrySet()
			.stream()
			.filter((property) -> !property.getKey().equals("smartcar.management-token"))
			.forEach((property) -> registry.add(property.getKey(), property::getValue));
		registry.add("smartcar.management-token", () -> "amt");
	}

	@Test
	void theChallengeOfBothFormatsIsAnsweredWithTheVectorsHash() throws Exception {
		HttpResponse<String> current = post(
				"{\"eventId\":\"1\",\"eventType\":\"VERIFY\",\"data\":{\"challenge\":\"challenge\"}}", null);
		HttpResponse<String> legacy = post(
				"{\"version\":\"2.0\",\"webhookId\":\"w\",\"eventName\":\"verify\",\"payload\":{\"challenge\":\"challenge\"}}",
				null);

		for (HttpResponse<String> reply : new HttpResponse[] { current, legacy }) {
			assertThat(reply.statusCode()).isEqualTo(200);
			assertThat(reply.headers().firstValue("Content-Type"))
				.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/json"));
			assertThat(reply.body()).isEqualTo(CHALLENGE_REPLY);
		}
	}

	@Test
	void theBodyOfTheVectorPassesTheSignatureCheckThenIsRefusedAsNoSmartcarPayload() throws Exception {
		assertThat(post("{\"pizza\":\"pasta\"}", PIZZA_SIGNATURE).statusCode()).isEqualTo(400);
		assertThat(post("{\"pizza\":\"pasta\"}", PIZZA_SIGNATURE.toUpperCase()).statusCode()).isEqualTo(400);
		assertThat(post("{\"pizza\": \"pasta\"}", PIZZA_SIGNATURE).statusCode()).isEqualTo(401);
		assertThat(post("{\"pizza\":\"pastA\"}", PIZZA_SIGNATURE).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> post(String body, String signature) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/smartcar/webhooks"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("SC-Signature", signature);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
