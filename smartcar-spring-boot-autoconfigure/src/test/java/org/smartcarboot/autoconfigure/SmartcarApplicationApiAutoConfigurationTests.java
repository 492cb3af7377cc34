package org.smartcarboot.autoconfigure;

import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.api.SmartcarRestClientCustomizer;
import org.smartcarboot.compatibility.CompatibilityRequest;
import org.smartcarboot.compatibility.SmartcarCompatibilityService;
import org.smartcarboot.management.ConnectionFilter;
import org.smartcarboot.management.SmartcarManagementService;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link SmartcarApplicationApiAutoConfiguration}: when the compatibility and
 * management services are registered, that they back off, and that they are built from
 * Boot's {@link RestClient.Builder} with the properties and customizers.
 */
class SmartcarApplicationApiAutoConfigurationTests {

	@RegisterExtension
	static final WireMockExtension smartcar = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String[] CREDENTIALS = { "smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
			"smartcar.scopes=read_vehicle_info" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SmartcarAutoConfiguration.class,
				SmartcarApplicationApiAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, JacksonAutoConfiguration.class));

	@Test
	void withoutSmartcarPropertiesNeitherServiceIsRegistered() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(SmartcarCompatibilityService.class)
			.doesNotHaveBean(SmartcarManagementService.class));
	}

	@Test
	void withCredentialsOnlyTheCompatibilityServiceIsRegistered() {
		this.runner.withPropertyValues(CREDENTIALS)
			.run((context) -> assertThat(context).hasSingleBean(SmartcarCompatibilityService.class)
				.doesNotHaveBean(SmartcarManagementService.class));
	}

	@Test
	void withAManagementTokenTheManagementServiceIsRegisteredToo() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("smartcar.management-token=amt-secret-1")
			.run((context) -> {
				assertThat(context).hasSingleBean(SmartcarCompatibilityService.class)
					.hasSingleBean(SmartcarManagementService.class);
				assertThat(context.getBean(SmartcarProperties.class).toString()).doesNotContain("amt-secret-1");
				assertThat(context.getBean(SmartcarManagementService.class).toString()).doesNotContain("amt-secret-1");
			});
	}

	@Test
	void userDefinedServicesWin() {
		SmartcarCompatibilityService compatibility = mock(SmartcarCompatibilityService.class);
		SmartcarManagementService management = mock(SmartcarManagementService.class);
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("smartcar.management-token=amt")
			.withBean(SmartcarCompatibilityService.class, () -> compatibility)
			.withBean(SmartcarManagementService.class, () -> management)
			.run((context) -> {
				assertThat(context.getBean(SmartcarCompatibilityService.class)).isSameAs(compatibility);
				assertThat(context.getBean(SmartcarManagementService.class)).isSameAs(management);
			});
	}

	@Test
	void withoutRestClientNeitherServiceIsRegistered() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("smartcar.management-token=amt")
			.withClassLoader(new FilteredClassLoader(RestClient.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarCompatibilityService.class)
				.doesNotHaveBean(SmartcarManagementService.class));
	}

	@Test
	void withoutSpringSecuritysOAuth2ClientBothServicesAreStillRegistered() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("smartcar.management-token=amt")
			.withClassLoader(new FilteredClassLoader(ClientRegistration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SmartcarCompatibilityService.class)
				.hasSingleBean(SmartcarManagementService.class));
	}

	@Test
	void aBlankManagementTokenFailsStartupNamingTheProperty() {
		this.runner.withPropertyValues(CREDENTIALS).withPropertyValues("smartcar.management-token= ").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidSmartcarPropertyException.class, (ex) -> {
					assertThat(ex.getProperty()).isEqualTo("smartcar.management-token");
					assertThat(ex.getMessage()).isEqualTo("Property smartcar.management-token is blank");
				});
		});
	}

	@Test
	void theServicesUseBootsBuilderThePropertiesAndTheCustomizers() {
		smartcar.stubFor(get(urlPathEqualTo("/v2.0/management/connections"))
			.willReturn(WireMock.okJson("{\"connections\":[],\"paging\":{\"cursor\":null}}")));
		smartcar.stubFor(get(urlPathEqualTo("/v2.0/compatibility"))
			.willReturn(WireMock.okJson("{\"compatible\":true,\"reason\":null,\"capabilities\":[]}")));
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("smartcar.management-token=amt", "smartcar.urls.management=" + smartcar.baseUrl(),
					"smartcar.urls.api=" + smartcar.baseUrl())
			.withBean(RestClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-Boot", "applied"))
			.withBean(SmartcarRestClientCustomizer.class,
					() -> (builder) -> builder.defaultHeader("X-Smartcar", "applied"))
			.run((context) -> {
				context.getBean(SmartcarManagementService.class).connections(ConnectionFilter.all(), 10, null);
				context.getBean(SmartcarCompatibilityService.class)
					.compatibility(CompatibilityRequest.of("5YJ3E1EA7KF317000", List.of("read_vin")));
			});

		smartcar.verify(getRequestedFor(urlEqualTo("/v2.0/management/connections?limit=10"))
			.withHeader("Authorization", equalTo("Basic ZGVmYXVsdDphbXQ="))
			.withHeader("X-Boot", equalTo("applied"))
			.withHeader("X-Smartcar", equalTo("applied")));
		smartcar.verify(getRequestedFor(urlPathEqualTo("/v2.0/compatibility"))
			.withHeader("Authorization", equalTo("Basic YXBwLWlkOmFwcC1zZWNyZXQ="))
			.withHeader("X-Boot", equalTo("applied"))
			.withHeader("X-Smartcar", equalTo("applied")));
	}

	@Test
	void aMissingManagementServiceIsExplainedWhenTheTokenIsNotSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("smartcar.client-id", "app-id");
		FailureAnalysis analysis = new SmartcarNotConfiguredFailureAnalyzer(environment)
			.analyze(new NoSuchBeanDefinitionException(SmartcarManagementService.class));

		assertThat(analysis.getDescription()).contains("smartcar.management-token is not set");
		assertThat(analysis.getAction()).startsWith("Set smartcar.management-token");
		assertThat(new SmartcarNotConfiguredFailureAnalyzer(environment.withProperty("smartcar.management-token", "x"))
			.analyze(new NoSuchBeanDefinitionException(SmartcarManagementService.class))).isNull();
	}

}
