package org.smartcarboot.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcarboot.simulator.SimulatorClient.REDIRECT_URI;
import static org.smartcarboot.simulator.SimulatorClient.basic;
import static org.smartcarboot.simulator.SimulatorClient.json;

/**
 * Tests for the simulated token endpoint, {@code POST /oauth/token}.
 */
class TokenEndpointTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension(
			new SmartcarSimulator().registerRedirectUri(REDIRECT_URI));

	private final SmartcarSimulator simulator = smartcar.simulator();

	private final SimulatorClient client = new SimulatorClient(this.simulator);

	@AfterEach
	void restoreDefaults() {
		this.simulator.setAccessTokenLifetime(Duration.ofSeconds(7200));
		this.simulator.setRefreshTokenGracePeriod(Duration.ofSeconds(60));
	}

	@Test
	void codeExchangeIssuesValidTokens() {
		HttpResponse<String> response = this.client.exchangeCode(this.client.authorizationCode(), REDIRECT_URI);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		Map<String, Object> body = json(response);
		assertThat(body).containsOnlyKeys("access_token", "token_type", "expires_in", "refresh_token")
			.containsEntry("token_type", "Bearer")
			.containsEntry("expires_in", 7200);
		assertThat(this.simulator.isAccessTokenValid((String) body.get("access_token"))).isTrue();
		assertThat(this.simulator.isRefreshTokenValid((String) body.get("refresh_token"))).isTrue();
	}

	@Test
	void expiresInFollowsTheConfiguredLifetime() {
		this.simulator.setAccessTokenLifetime(Duration.ofMinutes(5));
		HttpResponse<String> response = this.client.exchangeCode(this.client.authorizationCode(), REDIRECT_URI);
		assertThat(json(response)).containsEntry("expires_in", 300);
	}

	@Test
	void wrongClientSecretIsRejected() {
		String code = this.client.authorizationCode();
		HttpResponse<String> response = this.client.token(
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI),
				basic(this.simulator.clientId(), "wrong-secret"));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response)).containsEntry("error", "invalid_client").containsKey("error_description");
		assertThat(this.client.exchangeCode(code, REDIRECT_URI).statusCode())
			.as("a rejected client does not use up the code")
			.isEqualTo(200);
	}

	@Test
	void missingClientAuthenticationIsRejected() {
		HttpResponse<String> response = this.client.postForm("/oauth/token",
				Map.of("grant_type", "refresh_token", "refresh_token", this.simulator.issueTokens().refreshToken()));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(json(response)).containsEntry("error", "invalid_client");
	}

	@Test
	void codeIsSingleUse() {
		String code = this.client.authorizationCode();
		assertThat(this.client.exchangeCode(code, REDIRECT_URI).statusCode()).isEqualTo(200);
		HttpResponse<String> reuse = this.client.exchangeCode(code, REDIRECT_URI);
		assertThat(reuse.statusCode()).isEqualTo(400);
		assertThat(json(reuse)).containsEntry("error", "invalid_grant")
			.containsEntry("error_description", "Invalid code: " + code + ".");
	}

	@Test
	void unknownCodeIsRejected() {
		HttpResponse<String> response = this.client.exchangeCode("made-up", REDIRECT_URI);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_grant");
	}

	@Test
	void redirectUriMustMatchTheAuthorizeRequest() {
		String code = this.client.authorizationCode();
		HttpResponse<String> response = this.client.exchangeCode(code, "http://localhost:8080/other");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_grant")
			.containsEntry("error_description", "Unauthorized redirect_uri: http://localhost:8080/other.");
	}

	@Test
	void unknownGrantTypeIsUnsupported() {
		HttpResponse<String> response = this.client.token(Map.of("grant_type", "password"),
				basic(this.simulator.clientId(), this.simulator.clientSecret()));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "unsupported_grant_type");
	}

	@Test
	void missingParameterIsAnInvalidRequest() {
		HttpResponse<String> response = this.client.token(Map.of("grant_type", "refresh_token"),
				basic(this.simulator.clientId(), this.simulator.clientSecret()));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_request");
	}

	@Test
	void refreshRotatesTheRefreshToken() {
		IssuedTokens seeded = this.simulator.issueTokens();
		Map<String, Object> refreshed = json(this.client.refresh(seeded.refreshToken()));
		assertThat(refreshed.get("refresh_token")).isNotNull().isNotEqualTo(seeded.refreshToken());
		assertThat(refreshed.get("access_token")).isNotNull().isNotEqualTo(seeded.accessToken());
		assertThat(this.simulator.isAccessTokenValid((String) refreshed.get("access_token"))).isTrue();
		assertThat(this.simulator.isRefreshTokenValid((String) refreshed.get("refresh_token"))).isTrue();
	}

	@Test
	void usedRefreshTokenWorksWithinTheGracePeriodOnly() throws InterruptedException {
		this.simulator.setRefreshTokenGracePeriod(Duration.ofMillis(1500));
		String refreshToken = this.simulator.issueTokens().refreshToken();
		assertThat(this.client.refresh(refreshToken).statusCode()).isEqualTo(200);
		assertThat(this.client.refresh(refreshToken).statusCode()).as("within the grace period").isEqualTo(200);
		Thread.sleep(1800);
		assertThat(this.simulator.isRefreshTokenValid(refreshToken)).isFalse();
		HttpResponse<String> late = this.client.refresh(refreshToken);
		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(json(late)).containsEntry("error", "invalid_grant")
			.containsEntry("error_description", "Invalid refresh_token: " + refreshToken + ".");
	}

	@Test
	void unknownRefreshTokenIsRejected() {
		HttpResponse<String> response = this.client.refresh("made-up");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response)).containsEntry("error", "invalid_grant");
	}

	@Test
	void tokenRequestsAreCountedByGrantType() {
		this.client.exchangeCode(this.client.authorizationCode(), REDIRECT_URI);
		String refreshToken = this.simulator.issueTokens().refreshToken();
		this.client.refresh(refreshToken);
		this.client.refresh("made-up");
		assertThat(this.simulator.tokenRequestCount("authorization_code")).isEqualTo(1);
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isEqualTo(2);
		assertThat(this.simulator.requestCount("POST", "/oauth/token")).isEqualTo(3);
		this.simulator.resetRequestCounts();
		assertThat(this.simulator.tokenRequestCount("refresh_token")).isZero();
	}

	@Test
	void tokenEndpointFailuresCanBeInjected() {
		this.simulator.failEndpoint("POST", "/oauth/token", SimulatedError.serverError());
		String refreshToken = this.simulator.issueTokens().refreshToken();
		HttpResponse<String> response = this.client.refresh(refreshToken);
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(this.simulator.isRefreshTokenValid(refreshToken)).isTrue();
		this.simulator.resetFaults();
		assertThat(this.client.refresh(refreshToken).statusCode()).isEqualTo(200);
	}

}
