package org.smartcarboot.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcarboot.simulator.SmartcarSimulator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Login;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sample app's Actuator endpoints behind its security chain: {@code health} and
 * {@code info} are public, with the {@code smartcar} health component named but its
 * details kept for signed-in drivers; the {@code smartcar} endpoint answers signed-in
 * drivers only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ActuatorSecurityTest {

	private final JsonMapper json = new JsonMapper();

	@LocalServerPort
	private int port;

	@Autowired
	private SmartcarSimulator simulator;

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void healthIsPublicAndNamesTheSmartcarComponentWithoutItsDetails() throws Exception {
		HttpResponse<String> health = anonymousGet("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode smartcar = this.json.readTree(health.body()).path("components").path("smartcar");
		assertThat(smartcar.path("status").asString()).isEqualTo("UP");
		assertThat(smartcar.has("details")).isFalse();
	}

	@Test
	void infoIsPublicWithTheStartersVersion() throws Exception {
		HttpResponse<String> info = anonymousGet("/actuator/info");

		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(info.body()).path("smartcar").path("starter").path("version").asString())
			.isNotBlank();
	}

	@Test
	void theSmartcarEndpointSendsAnonymousVisitorsToSignIn() throws Exception {
		HttpResponse<String> endpoint = anonymousGet("/actuator/smartcar");

		assertThat(endpoint.statusCode()).isEqualTo(302);
		assertThat(endpoint.headers().firstValue("Location")).hasValue("http://localhost:" + this.port + "/?signin");
	}

	@Test
	void aSignedInDriverReadsTheSmartcarEndpointAndTheHealthDetails() throws Exception {
		MvcResult endpoint = this.mvc.perform(get("/actuator/smartcar").with(oauth2Login())).andReturn();
		MvcResult health = this.mvc
			.perform(get("/actuator/health").accept(MediaType.APPLICATION_JSON).with(oauth2Login()))
			.andReturn();

		assertThat(endpoint.getResponse().getStatus()).isEqualTo(200);
		String body = endpoint.getResponse().getContentAsString();
		JsonNode smartcar = this.json.readTree(body);
		assertThat(smartcar.path("registration").path("clientId").asString())
			.isEqualTo(this.simulator.clientId().substring(0, 4) + "******");
		assertThat(smartcar.path("registration").path("scopes").values()).hasSize(11);
		assertThat(smartcar.path("drivers").path("tokenStore").asString()).isEqualTo("jdbc");
		assertThat(smartcar.path("drivers").path("connected").isIntegralNumber()).isTrue();
		assertThat(body).doesNotContain(this.simulator.clientId(), this.simulator.clientSecret(),
				this.simulator.managementToken(), this.simulator.userId());
		JsonNode details = this.json.readTree(health.getResponse().getContentAsString())
			.path("components")
			.path("smartcar")
			.path("details");
		assertThat(details.path("tokenStore").path("type").asString()).isEqualTo("jdbc");
		assertThat(details.path("mode").asString()).isEqualTo("live");
	}

	private HttpResponse<String> anonymousGet(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
