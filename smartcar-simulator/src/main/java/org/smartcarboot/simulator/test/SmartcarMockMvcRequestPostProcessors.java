package org.smartcarboot.simulator.test;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * MockMvc request post-processors signing a simulated Smartcar driver in, in the style of
 * Spring Security's {@link SecurityMockMvcRequestPostProcessors}:
 *
 * <pre class="code">
 * mockMvc.perform(get("/odometers").with(smartcarDriver()));
 * </pre>
 *
 * For a test annotated with {@link AutoConfigureSmartcarSimulator}, and an application
 * using the Smartcar starter.
 */
public final class SmartcarMockMvcRequestPostProcessors {

	private SmartcarMockMvcRequestPostProcessors() {
	}

	/**
	 * Signs the simulator's driver in for a request, as a Smartcar Connect login does:
	 * the simulator issues a token pair (real tokens, accepted by its vehicle API and its
	 * token endpoint), which is stored for the driver in the application's
	 * {@link OAuth2AuthorizedClientService}, where {@code SmartcarVehicleService} finds
	 * it; the request is authenticated with the {@link OAuth2AuthenticationToken} a
	 * Connect login gives the driver (principal name: the simulator's
	 * {@link SmartcarSimulator#userId() user id}; authorities: {@code OAUTH2_USER} and
	 * {@code FACTOR_AUTHORIZATION_CODE}). The application's controllers then call the
	 * simulator for real. Each use signs the driver in again, with new tokens.
	 * @return the post-processor; the tokens grant the permissions of the
	 * {@code smartcar} registration's scopes, as Connect grants them
	 */
	public static SmartcarDriverRequestPostProcessor smartcarDriver() {
		return new SmartcarDriverRequestPostProcessor(List.of());
	}

	/**
	 * Signs the simulated driver in for a MockMvc request. Immutable.
	 */
	public static final class SmartcarDriverRequestPostProcessor implements RequestPostProcessor {

		private static final String REGISTRATION_ID = "smartcar";

		private static final String USER_NAME_ATTRIBUTE = "id";

		private static final String REQUIRED_PREFIX = "required:";

		private final List<String> permissions;

		private SmartcarDriverRequestPostProcessor(List<String> permissions) {
			this.permissions = permissions;
		}

		/**
		 * Grants the driver's tokens other permissions than the registration's scopes,
		 * such as fewer, as a driver who did not approve them all would; the simulated
		 * vehicle API reports them ({@code GET /v2.0/vehicles/{id}/permissions}, which
		 * {@code hasPermissions(...)} reads).
		 * @param permissions the permissions, such as {@code read_odometer}
		 * @return a post-processor granting these permissions
		 */
		public SmartcarDriverRequestPostProcessor permissions(String... permissions) {
			return new SmartcarDriverRequestPostProcessor(List.of(permissions));
		}

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			WebApplicationContext context = WebApplicationContextUtils
				.getRequiredWebApplicationContext(request.getServletContext());
			SmartcarSimulator simulator = simulator(context);
			ClientRegistration registration = registration(context);
			Set<String> scopes = this.permissions.isEmpty() ? registration.getScopes()
					: new LinkedHashSet<>(this.permissions);
			List<String> granted = scopes.stream().map(SmartcarDriverRequestPostProcessor::permission).toList();
			IssuedTokens tokens = granted.isEmpty() ? simulator.issueTokens() : simulator.issueTokens(granted);
			OAuth2AuthenticationToken authentication = authentication(simulator.userId());
			context.getBean(OAuth2AuthorizedClientService.class)
				.saveAuthorizedClient(authorizedClient(registration, simulator.userId(), tokens, scopes),
						authentication);
			return SecurityMockMvcRequestPostProcessors.authentication(authentication).postProcessRequest(request);
		}

		/**
		 * The permission a scope asks for, as Connect grants it.
		 */
		private static String permission(String scope) {
			return scope.startsWith(REQUIRED_PREFIX) ? scope.substring(REQUIRED_PREFIX.length()) : scope;
		}

		private static SmartcarSimulator simulator(WebApplicationContext context) {
			if (context.getBeanNamesForType(SmartcarSimulator.class).length == 0) {
				throw new IllegalStateException(
						"smartcarDriver() needs the Smartcar simulator: annotate the test class "
								+ "with @AutoConfigureSmartcarSimulator");
			}
			return context.getBean(SmartcarSimulator.class);
		}

		private static ClientRegistration registration(WebApplicationContext context) {
			ClientRegistration registration = context.getBean(ClientRegistrationRepository.class)
				.findByRegistrationId(REGISTRATION_ID);
			if (registration == null) {
				throw new IllegalStateException("smartcarDriver() found no '" + REGISTRATION_ID
						+ "' client registration in the application's ClientRegistrationRepository");
			}
			return registration;
		}

		/**
		 * The authentication Spring Security's {@code oauth2Login()} gives a Smartcar
		 * driver: the user's attributes from {@code GET /v2.0/user}, the
		 * {@code OAUTH2_USER} authority and the authorization code factor.
		 */
		private static OAuth2AuthenticationToken authentication(String userId) {
			Map<String, Object> attributes = Map.of(USER_NAME_ATTRIBUTE, userId);
			List<GrantedAuthority> authorities = List.of(new OAuth2UserAuthority(attributes, USER_NAME_ATTRIBUTE),
					FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
			return new OAuth2AuthenticationToken(new DefaultOAuth2User(authorities, attributes, USER_NAME_ATTRIBUTE),
					authorities, REGISTRATION_ID);
		}

		private static OAuth2AuthorizedClient authorizedClient(ClientRegistration registration, String userId,
				IssuedTokens tokens, Set<String> scopes) {
			Instant issuedAt = Instant.now();
			OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
					tokens.accessToken(), issuedAt, issuedAt.plus(tokens.expiresIn()), scopes);
			return new OAuth2AuthorizedClient(registration, userId, accessToken,
					new OAuth2RefreshToken(tokens.refreshToken(), issuedAt));
		}

	}

}
