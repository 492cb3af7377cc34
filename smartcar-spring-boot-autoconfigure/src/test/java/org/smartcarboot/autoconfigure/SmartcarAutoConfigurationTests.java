package org.smartcarboot.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcarboot.connect.SmartcarAuthorizationRequestResolver;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;
import org.smartcarboot.token.SmartcarTokenClients;
import org.smartcarboot.token.TokenRefreshLock;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.ResolvableType;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

/**
 * Tests for the Smartcar auto-configurations: when they apply, what they register, and
 * how they back off.
 */
class SmartcarAutoConfigurationTests {

	private static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(SmartcarAutoConfiguration.class,
			SmartcarConnectAutoConfiguration.class, SmartcarVehicleAutoConfiguration.class,
			OAuth2ClientAutoConfiguration.class, RestClientAutoConfiguration.class, JacksonAutoConfiguration.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AUTO_CONFIGURATIONS);

	private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
		.withConfiguration(AUTO_CONFIGURATIONS);

	private static final ResolvableType AUTHORIZATION_CODE_CLIENT = ResolvableType
		.forClassWithGenerics(OAuth2AccessTokenResponseClient.class, OAuth2AuthorizationCodeGrantRequest.class);

	private static final String[] CREDENTIALS = { "smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
			"smartcar.scopes=read_vehicle_info" };

	@Test
	void withoutSmartcarPropertiesNothingIsRegistered() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(SmartcarProperties.class)
			.doesNotHaveBean(ClientRegistrationRepository.class)
			.doesNotHaveBean(SmartcarVehicleService.class)
			.doesNotHaveBean(SmartcarVehicleAutoConfiguration.AUTHORIZED_CLIENT_MANAGER_BEAN));
	}

	@Test
	void withCredentialsTheSmartcarRegistrationUsesSmartcarsHosts() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("smartcar.scopes=read_vehicle_info,required:read_odometer")
			.run((context) -> {
				ClientRegistration registration = context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("smartcar");
				assertThat(registration.getClientId()).isEqualTo("app-id");
				assertThat(registration.getClientSecret()).isEqualTo("app-secret");
				assertThat(registration.getClientAuthenticationMethod())
					.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
				assertThat(registration.getAuthorizationGrantType())
					.isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
				assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
				assertThat(registration.getScopes()).containsExactly("read_vehicle_info", "required:read_odometer");
				assertThat(registration.getProviderDetails().getAuthorizationUri())
					.isEqualTo("https://connect.smartcar.com/oauth/authorize");
				assertThat(registration.getProviderDetails().getTokenUri())
					.isEqualTo("https://auth.smartcar.com/oauth/token");
				assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri())
					.isEqualTo("https://api.smartcar.com/v2.0/user");
				assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName())
					.isEqualTo("id");
				assertThat(registration.getClientSettings().isRequireProofKey()).isFalse();
			});
	}

	@Test
	void pkceAndUrlsAndApiVersionFollowTheProperties() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("smartcar.connect.pkce=true", "smartcar.urls.connect=http://127.0.0.1:9000/",
					"smartcar.urls.auth=http://127.0.0.1:9001", "smartcar.urls.api=http://127.0.0.1:9002",
					"smartcar.api-version=1.0", "smartcar.redirect-uri=https://app.example.com/callback")
			.run((context) -> {
				ClientRegistration registration = context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("smartcar");
				assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
				assertThat(registration.getRedirectUri()).isEqualTo("https://app.example.com/callback");
				assertThat(registration.getProviderDetails().getAuthorizationUri())
					.isEqualTo("http://127.0.0.1:9000/oauth/authorize");
				assertThat(registration.getProviderDetails().getTokenUri())
					.isEqualTo("http://127.0.0.1:9001/oauth/token");
				assertThat(registration.getProviderDetails().getUserInfoEndpoint().getUri())
					.isEqualTo("http://127.0.0.1:9002/v1.0/user");
			});
	}

	@Test
	void theApplicationsOtherRegistrationsAreKept() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("spring.security.oauth2.client.registration.github.client-id=gh-id",
					"spring.security.oauth2.client.registration.github.client-secret=gh-secret")
			.run((context) -> {
				ClientRegistrationRepository repository = context.getBean(ClientRegistrationRepository.class);
				assertThat(repository.findByRegistrationId("github").getClientId()).isEqualTo("gh-id");
				assertThat(repository.findByRegistrationId("smartcar").getClientId()).isEqualTo("app-id");
			});
	}

	@Test
	void withCredentialsTheServiceAndManagerAreRegistered() {
		this.runner.withPropertyValues(CREDENTIALS).run((context) -> {
			assertThat(context).hasSingleBean(SmartcarVehicleService.class)
				.hasSingleBean(OAuth2AuthorizedClientService.class)
				.hasBean(SmartcarVehicleAutoConfiguration.AUTHORIZED_CLIENT_MANAGER_BEAN)
				.doesNotHaveBean(OAuth2AuthorizationRequestResolver.class);
		});
	}

	@Test
	void theSmartcarTokenClientsServeTheManagerAndTheLoginCodeExchange() {
		this.runner.withPropertyValues(CREDENTIALS).run((context) -> {
			assertThat(context).hasSingleBean(SmartcarTokenClients.class);
			assertThat(context.getBeanProvider(AUTHORIZATION_CODE_CLIENT).stream()).hasSize(1);
		});
	}

	@Test
	void theApplicationsOwnCodeExchangeClientAndTokenClientsWin() {
		RestClientAuthorizationCodeTokenResponseClient userClient = new RestClientAuthorizationCodeTokenResponseClient();
		SmartcarTokenClients userTokenClients = SmartcarTokenClients.builder().build();
		this.runner.withPropertyValues(CREDENTIALS)
			.withBean(RestClientAuthorizationCodeTokenResponseClient.class, () -> userClient)
			.withBean(SmartcarTokenClients.class, () -> userTokenClients)
			.run((context) -> {
				assertThat(context.getBeanProvider(AUTHORIZATION_CODE_CLIENT).getObject()).isSameAs(userClient);
				assertThat(context.getBean(SmartcarTokenClients.class)).isSameAs(userTokenClients);
			});
	}

	@Test
	void inAServletApplicationTheConnectResolverIsRegistered() {
		this.webRunner.withPropertyValues(CREDENTIALS)
			.run((context) -> assertThat(context).hasSingleBean(SmartcarAuthorizationRequestResolver.class));
	}

	@Test
	void userDefinedBeansWin() {
		ClientRegistrationRepository userRepository = new InMemoryClientRegistrationRepository(
				ClientRegistration.withRegistrationId("other")
					.clientId("x")
					.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
					.tokenUri("https://example.com/token")
					.build());
		SmartcarVehicleService userService = mock(SmartcarVehicleService.class);
		OAuth2AuthorizationRequestResolver userResolver = mock(OAuth2AuthorizationRequestResolver.class);
		OAuth2AuthorizedClientManager userManager = mock(OAuth2AuthorizedClientManager.class);
		this.webRunner.withPropertyValues(CREDENTIALS)
			.withBean(ClientRegistrationRepository.class, () -> userRepository)
			.withBean(SmartcarVehicleService.class, () -> userService)
			.withBean(OAuth2AuthorizationRequestResolver.class, () -> userResolver)
			.withBean(SmartcarVehicleAutoConfiguration.AUTHORIZED_CLIENT_MANAGER_BEAN,
					OAuth2AuthorizedClientManager.class, () -> userManager)
			.run((context) -> {
				assertThat(context.getBean(ClientRegistrationRepository.class)).isSameAs(userRepository);
				assertThat(context.getBean(SmartcarVehicleService.class)).isSameAs(userService);
				assertThat(context.getBean(OAuth2AuthorizationRequestResolver.class)).isSameAs(userResolver);
				assertThat(context.getBean(SmartcarVehicleAutoConfiguration.AUTHORIZED_CLIENT_MANAGER_BEAN))
					.isSameAs(userManager);
			});
	}

	@Test
	void theManagerIsRotationSafeAndRefreshesUnderTheApplicationsTokenRefreshLock() {
		List<String> locked = new CopyOnWriteArrayList<>();
		TokenRefreshLock applicationLock = new TokenRefreshLock() {

			@Override
			public <T> T callLocked(String registrationId, String principalName, Supplier<T> refresh) {
				locked.add(registrationId + "/" + principalName);
				throw new IllegalStateException("the application's lock");
			}

		};
		this.runner.withPropertyValues(CREDENTIALS)
			.withBean(TokenRefreshLock.class, () -> applicationLock)
			.run((context) -> {
				OAuth2AuthorizedClientManager manager = context.getBean(
						SmartcarVehicleAutoConfiguration.AUTHORIZED_CLIENT_MANAGER_BEAN,
						OAuth2AuthorizedClientManager.class);
				assertThat(manager).isInstanceOf(SmartcarAuthorizedClientManager.class);
				assertThatIllegalStateException()
					.isThrownBy(() -> manager.authorize(
							OAuth2AuthorizeRequest.withClientRegistrationId("smartcar").principal("driver").build()))
					.withMessage("the application's lock");
				assertThat(locked).containsExactly("smartcar/driver");
			});
	}

	@Test
	void withoutSpringSecurityOAuth2ClientTheStarterIsOff() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withClassLoader(new FilteredClassLoader(ClientRegistration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarProperties.class)
				.doesNotHaveBean(SmartcarVehicleService.class));
	}

	@ParameterizedTest
	@CsvSource({ "smartcar.client-id=, smartcar.client-id", "smartcar.redirect-uri=not a uri, smartcar.redirect-uri",
			"smartcar.urls.auth=auth, smartcar.urls.auth", "smartcar.urls.v3=/v3, smartcar.urls.v3",
			"smartcar.urls.api=https://api.example.com?x=1, smartcar.urls.api",
			"smartcar.connect.flags.country=D E, smartcar.connect.flags" })
	void aWrongPropertyFailsTheContextWithAnAnalysisNamingIt(String property, String key) {
		this.runner.withPropertyValues(CREDENTIALS).withPropertyValues(property).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidSmartcarPropertyException.class,
						(ex) -> assertThat(ex.getProperty()).isEqualTo(key));
			FailureAnalysis analysis = new InvalidSmartcarPropertyFailureAnalyzer(new MockEnvironment())
				.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains(key);
			assertThat(analysis.getAction()).startsWith("Set " + key);
		});
	}

	@Test
	void withoutRestClientTheServiceIsOffButLoginWorks() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withClassLoader(new FilteredClassLoader(RestClient.class))
			.run((context) -> assertThat(context).hasSingleBean(ClientRegistrationRepository.class)
				.doesNotHaveBean(SmartcarVehicleService.class));
	}

}
