package org.smartcarboot.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static org.smartcarboot.simulator.RequestParams.form;
import static org.smartcarboot.simulator.RequestParams.query;

/**
 * Simulated Smartcar Connect: {@code GET /oauth/authorize} validates the authorization
 * request and shows a consent page; {@code POST /oauth/consent} takes the user's decision
 * and redirects back to the application with a code or an {@code access_denied} error.
 * Allowing access connects the cars on offer again (if they were disconnected) and grants
 * the requested permissions ({@code required:} prefixes dropped), or every permission
 * when none were requested. Thread-safe.
 */
final class ConnectConsent implements SimulatedService {

	private static final String AUTHORIZE = "authorize";

	private static final String DECIDE = "decide";

	private static final String ALLOW = "allow";

	private static final String DENY = "deny";

	private final ClientRegistration client;

	private final SimulatedAccount account;

	private final TokenStore tokens;

	private final Map<String, PendingAuthorization> pending = new ConcurrentHashMap<>();

	ConnectConsent(ClientRegistration client, SimulatedAccount account, TokenStore tokens) {
		this.client = client;
		this.account = account;
		this.tokens = tokens;
	}

	@Override
	public String getName() {
		return "smartcar-connect";
	}

	@Override
	public List<MappingBuilder> stubs() {
		return List.of(Endpoint.of("GET", "/oauth/authorize").stub().willReturn(routeTo(AUTHORIZE)),
				Endpoint.of("POST", "/oauth/consent").stub().willReturn(routeTo(DECIDE)));
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		Request request = serveEvent.getRequest();
		return DECIDE.equals(SimulatedService.routeOf(serveEvent)) ? decide(request) : authorize(request);
	}

	private ResponseDefinition authorize(Request request) {
		Optional<String> problem = problemWith(request);
		if (problem.isPresent()) {
			return html(400, ConnectPages.error(problem.get()));
		}
		String requestId = UUID.randomUUID().toString();
		String scope = query(request, "scope");
		List<String> scopes = (scope != null) ? Arrays.stream(scope.split(" ")).filter((s) -> !s.isEmpty()).toList()
				: List.of();
		List<SimulatedVehicle> offered = vehiclesOffered(request);
		this.pending.put(requestId, new PendingAuthorization(query(request, "redirect_uri"), query(request, "state"),
				permissions(scopes), offered));
		String mode = query(request, "mode");
		return html(200, ConnectPages.consent(this.client.applicationName(), requestId, offered, scopes,
				(mode != null) ? mode : "live"));
	}

	private static List<String> permissions(List<String> scopes) {
		List<String> permissions = scopes.stream().map(ConnectPermissions::permission).distinct().toList();
		return permissions.isEmpty() ? Capability.permissions() : permissions;
	}

	private Optional<String> problemWith(Request request) {
		String clientId = query(request, "client_id");
		String redirectUri = query(request, "redirect_uri");
		String responseType = query(request, "response_type");
		if (!this.client.clientId().equals(clientId)) {
			return Optional.of("Unknown client_id: " + clientId + ".");
		}
		if (!this.client.isRegisteredRedirectUri(redirectUri)) {
			return Optional.of("The redirect_uri " + redirectUri + " is not registered for this application.");
		}
		if (!"code".equals(responseType)) {
			return Optional.of("Unsupported response_type: " + responseType + ". Expected code.");
		}
		return Optional.empty();
	}

	private List<SimulatedVehicle> vehiclesOffered(Request request) {
		String vin = query(request, "single_select_vin");
		String make = query(request, "make");
		return this.account.vehicles()
			.stream()
			.filter((vehicle) -> (vin != null) ? vehicle.vin().equalsIgnoreCase(vin)
					: make == null || vehicle.make().equalsIgnoreCase(make))
			.toList();
	}

	private ResponseDefinition decide(Request request) {
		String decision = form(request, "decision");
		if (!ALLOW.equals(decision) && !DENY.equals(decision)) {
			return html(400, ConnectPages.error("Unknown decision: " + decision + "."));
		}
		String requestId = form(request, "request_id");
		PendingAuthorization authorization = (requestId != null) ? this.pending.remove(requestId) : null;
		if (authorization == null) {
			return html(400, ConnectPages
				.error("Unknown or already answered authorization request: " + requestId + ". Start again."));
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		if (ALLOW.equals(decision)) {
			this.account.connect(authorization.vehicles());
			parameters.put("code", this.tokens.issueCode(authorization.redirectUri(), authorization.permissions()));
		}
		else {
			parameters.put("error", "access_denied");
			parameters.put("error_description", "User denied access to application.");
		}
		if (authorization.state() != null) {
			parameters.put("state", authorization.state());
		}
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(302)
			.withHeader("Location", withQuery(authorization.redirectUri(), parameters))
			.withHeader("Cache-Control", "no-store")
			.build();
	}

	private static String withQuery(String uri, Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((parameter) -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
			.collect(Collectors.joining("&", uri + (uri.contains("?") ? "&" : "?"), ""));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static ResponseDefinition html(int status, String page) {
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(status)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withHeader("Cache-Control", "no-store")
			.withBody(page.getBytes(StandardCharsets.UTF_8))
			.build();
	}

	/**
	 * An authorize request waiting for the user's decision.
	 */
	private record PendingAuthorization(String redirectUri, String state, List<String> permissions,
			List<SimulatedVehicle> vehicles) {
	}

}
