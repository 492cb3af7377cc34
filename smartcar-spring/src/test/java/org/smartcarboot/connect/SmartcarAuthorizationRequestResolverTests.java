package org.smartcarboot.connect;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SmartcarAuthorizationRequestResolver}.
 */
class SmartcarAuthorizationRequestResolverTests {

	private static final String VIN = "5YJ3E1EA7KF317000";

	private final ClientRegistration smartcar = SmartcarClientRegistrations
		.builder("https://connect.example.com", "https://auth.example.com", "https://api.example.com/v2.0")
		.clientId("app-id")
		.clientSecret("app-secret")
		.scope("read_odometer", "required:read_vin")
		.build();

	private final ClientRegistration other = ClientRegistration.withRegistrationId("other")
		.clientId("other-id")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
		.authorizationUri("https://other.example.com/authorize")
		.tokenUri("https://other.example.com/token")
		.build();

	private final ConnectParameters configured = new ConnectParameters(ConnectMode.TEST, ApprovalPrompt.AUTO, null,
			false, null, Map.of("country", "DE"), null);

	private final SmartcarAuthorizationRequestResolver resolver = new SmartcarAuthorizationRequestResolver(
			new InMemoryClientRegistrationRepository(this.smartcar, this.other), "smartcar", this.configured);

	@Test
	void configuredParametersAreSentWithTheStandardOnes() {
		Map<String, String> query = resolve("/oauth2/authorization/smartcar", Map.of());
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", "app-id")
			.containsEntry("scope", "read_odometer required:read_vin")
			.containsEntry("redirect_uri", "http://localhost/login/oauth2/code/smartcar")
			.containsEntry("mode", "test")
			.containsEntry("approval_prompt", "auto")
			.containsEntry("flags", "country:DE")
			.containsKey("state")
			.doesNotContainKeys("make", "single_select", "single_select_vin", "user", "code_challenge");
	}

	@Test
	void whitelistedQueryParametersOverrideAndOthersAreIgnored() {
		Map<String, String> query = resolve("/oauth2/authorization/smartcar", Map.of("make", "TESLA", "single_select",
				"true", "force", "true", "user", "driver-7", "mode", "live", "scope", "control_security"));
		assertThat(query).containsEntry("make", "TESLA")
			.containsEntry("single_select", "true")
			.containsEntry("approval_prompt", "force")
			.containsEntry("user", "driver-7")
			.containsEntry("mode", "test")
			.containsEntry("scope", "read_odometer required:read_vin");
	}

	@Test
	void aSingleSelectVinImpliesSingleSelectSentOnce() {
		OAuth2AuthorizationRequest request = this.resolver
			.resolve(request("/oauth2/authorization/smartcar", Map.of("single_select_vin", VIN)));
		assertThat(request.getAuthorizationRequestUri()).containsOnlyOnce("single_select=");
		assertThat(request.getAdditionalParameters()).containsEntry("single_select", "true")
			.containsEntry("single_select_vin", VIN);
	}

	@Test
	void malformedValuesAreIgnored() {
		Map<String, String> query = resolve("/oauth2/authorization/smartcar", Map.of("make", "TESLA&mode=live",
				"single_select", "yes", "single_select_vin", "not-a-vin", "force", "1"));
		assertThat(query).containsEntry("approval_prompt", "auto")
			.doesNotContainKeys("make", "single_select", "single_select_vin");
	}

	@Test
	void otherRegistrationsAreLeftAlone() {
		Map<String, String> query = resolve("/oauth2/authorization/other", Map.of("make", "TESLA"));
		assertThat(query).containsEntry("client_id", "other-id").doesNotContainKeys("mode", "approval_prompt", "make");
	}

	@Test
	void reauthorizationFromAnotherPageUsesOnlyTheConfiguredParameters() {
		OAuth2AuthorizationRequest request = this.resolver.resolve(request("/vehicles", Map.of("make", "TESLA")),
				"smartcar");
		assertThat(request.getAdditionalParameters()).containsEntry("mode", "test").doesNotContainKey("make");
	}

	@Test
	void otherPathsResolveToNothingWithoutReadingParameters() {
		HttpServletRequest untouchable = new HttpServletRequestWrapper(request("/vehicles", Map.of("make", "TESLA"))) {

			@Override
			public String getParameter(String name) {
				throw new AssertionError("read parameter " + name);
			}

		};
		assertThat(this.resolver.resolve(untouchable)).isNull();
	}

	private Map<String, String> resolve(String path, Map<String, String> parameters) {
		OAuth2AuthorizationRequest request = this.resolver.resolve(request(path, parameters));
		return UriComponentsBuilder.fromUriString(request.getAuthorizationRequestUri())
			.build(true)
			.getQueryParams()
			.toSingleValueMap()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> UriUtils.decode(entry.getValue(), StandardCharsets.UTF_8)));
	}

	private static MockHttpServletRequest request(String path, Map<String, String> parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setServletPath(path);
		parameters.forEach(request::addParameter);
		return request;
	}

}
