package org.smartcarboot.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static org.smartcarboot.simulator.RequestParams.form;

/**
 * The simulated token endpoint, {@code POST /oauth/token}: authenticates the client with
 * HTTP Basic and serves the {@code authorization_code} and {@code refresh_token} grants.
 */
final class TokenEndpoint implements SimulatedService {

	static final Endpoint ENDPOINT = Endpoint.of("POST", "/oauth/token");

	private final ClientRegistration client;

	private final TokenStore tokens;

	TokenEndpoint(ClientRegistration client, TokenStore tokens) {
		this.client = client;
		this.tokens = tokens;
	}

	@Override
	public String getName() {
		return "smartcar-token-endpoint";
	}

	@Override
	public List<MappingBuilder> stubs() {
		return List.of(ENDPOINT.stub().willReturn(routeTo("token")));
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		Request request = serveEvent.getRequest();
		try {
			if (!this.client.authenticates(request.getHeader("Authorization"))) {
				throw OAuthError.invalidClient();
			}
			return tokenResponse(grant(request));
		}
		catch (OAuthError error) {
			return ErrorBodies.oauth(error);
		}
	}

	private IssuedTokens grant(Request request) {
		String grantType = required(request, "grant_type");
		return switch (grantType) {
			case "authorization_code" ->
				this.tokens.redeemCode(required(request, "code"), form(request, "redirect_uri"));
			case "refresh_token" -> this.tokens.refresh(required(request, "refresh_token"));
			default -> throw OAuthError.unsupportedGrantType(grantType);
		};
	}

	private static String required(Request request, String name) {
		String value = form(request, name);
		if (value == null || value.isEmpty()) {
			throw OAuthError.invalidRequest("Missing required parameter: " + name + ".");
		}
		return value;
	}

	private static ResponseDefinition tokenResponse(IssuedTokens issued) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", issued.accessToken());
		body.put("token_type", "Bearer");
		body.put("expires_in", issued.expiresIn().toSeconds());
		body.put("refresh_token", issued.refreshToken());
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withHeader("Cache-Control", "no-store")
			.withHeader("Pragma", "no-cache")
			.withBody(Json.toByteArray(body))
			.build();
	}

}
