package org.smartcarboot.connect;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Resolves authorization requests like Spring Security does, and adds Smartcar Connect's
 * own parameters to those of the Smartcar registration: the configured ones, overridden
 * by the whitelisted query parameters of {@code /oauth2/authorization/smartcar}.
 */
public class SmartcarAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

	private final OAuth2AuthorizationRequestResolver delegate;

	private final String registrationId;

	private final ConnectParameters connectParameters;

	/**
	 * Creates a resolver for the default authorization base URI.
	 * @param clientRegistrationRepository the client registrations
	 * @param registrationId the id of the Smartcar registration
	 * @param connectParameters the configured Connect parameters
	 */
	public SmartcarAuthorizationRequestResolver(ClientRegistrationRepository clientRegistrationRepository,
			String registrationId, ConnectParameters connectParameters) {
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(clientRegistrationRepository,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		this.registrationId = registrationId;
		this.connectParameters = connectParameters;
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		OAuth2AuthorizationRequest authorizationRequest = this.delegate.resolve(request);
		return isSmartcar(authorizationRequest) ? withConnectParameters(authorizationRequest,
				this.connectParameters.overriddenBy(request::getParameter)) : authorizationRequest;
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		OAuth2AuthorizationRequest authorizationRequest = this.delegate.resolve(request, clientRegistrationId);
		return isSmartcar(authorizationRequest) ? withConnectParameters(authorizationRequest, this.connectParameters)
				: authorizationRequest;
	}

	private boolean isSmartcar(@Nullable OAuth2AuthorizationRequest authorizationRequest) {
		return authorizationRequest != null
				&& this.registrationId.equals(authorizationRequest.getAttribute(OAuth2ParameterNames.REGISTRATION_ID));
	}

	private static OAuth2AuthorizationRequest withConnectParameters(OAuth2AuthorizationRequest authorizationRequest,
			ConnectParameters parameters) {
		return OAuth2AuthorizationRequest.from(authorizationRequest)
			.additionalParameters((additional) -> additional.putAll(parameters.toAuthorizationParameters()))
			.build();
	}

}
