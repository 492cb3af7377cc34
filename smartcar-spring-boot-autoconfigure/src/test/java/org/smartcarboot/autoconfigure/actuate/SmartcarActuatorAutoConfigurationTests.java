package org.smartcarboot.autoconfigure.actuate;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.smartcarboot.autoconfigure.SmartcarAutoConfiguration;
import org.smartcarboot.autoconfigure.SmartcarVehicleAutoConfiguration;
import org.smartcarboot.token.RecentTokenFailures;
import org.smartcarboot.token.SmartcarTokenMetrics;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the {@code smartcar} health contributor, endpoint, info contribution and
 * token meters appear with Actuator and Micrometer, back off without them or without the
 * starter's configuration, and switch off with Spring Boot's properties.
 */
class SmartcarActuatorAutoConfigurationTests {

	private static final String SIMULATOR = "http://127.0.0.1:9";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		// the conversions of a Spring Boot application, such as "none" to Access.NONE
		.withInitializer((context) -> context.getEnvironment().setConversionService(new ApplicationConversionService()))
		.withConfiguration(AutoConfigurations.of(SmartcarAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
				SmartcarVehicleAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				SmartcarHealthContributorAutoConfiguration.class, SmartcarEndpointAutoConfiguration.class,
				SmartcarInfoContributorAutoConfiguration.class, SmartcarMetricsAutoConfiguration.class))
		.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
				"smartcar.scopes=read_odometer", "smartcar.urls.connect=" + SIMULATOR,
				"smartcar.urls.auth=" + SIMULATOR, "smartcar.urls.api=" + SIMULATOR,
				"smartcar.urls.management=" + SIMULATOR, "smartcar.urls.v3=" + SIMULATOR + "/v3",
				"management.endpoints.web.exposure.include=smartcar");

	@Test
	void withActuatorAndMicrometerEveryPieceIsThere() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasBean("smartcarHealthIndicator")
				.hasSingleBean(SmartcarEndpoint.class)
				.hasSingleBean(RecentTokenFailures.class)
				.hasSingleBean(SmartcarInfoContributor.class)
				.hasSingleBean(SmartcarTokenMetrics.class);
			assertThat(context.getBean(SmartcarHealthIndicator.class).health(true).getDetails())
				.containsEntry("mode", "live")
				.containsEntry("apiVersion", "2.0")
				.doesNotContainKey("hosts");
		});
	}

	@Test
	void withoutTheStartersPropertiesNothingIsThere() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SmartcarAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
							MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
							SmartcarHealthContributorAutoConfiguration.class, SmartcarEndpointAutoConfiguration.class,
							SmartcarInfoContributorAutoConfiguration.class, SmartcarMetricsAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=smartcar")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(MeterRegistry.class)
				.doesNotHaveBean(SmartcarHealthIndicator.class)
				.doesNotHaveBean(SmartcarEndpoint.class)
				.doesNotHaveBean(SmartcarInfoContributor.class)
				.doesNotHaveBean(SmartcarTokenMetrics.class));
	}

	@Test
	void withoutHealthSupportThereIsNoHealthContributor() {
		this.runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarHealthIndicator.class)
				.hasSingleBean(SmartcarEndpoint.class));
	}

	@Test
	void withoutActuatorThereIsNoEndpointNorInfo() {
		this.runner.withClassLoader(new FilteredClassLoader(Endpoint.class, InfoContributor.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarEndpoint.class)
				.doesNotHaveBean(RecentTokenFailures.class)
				.doesNotHaveBean(SmartcarInfoContributor.class)
				.hasSingleBean(SmartcarTokenMetrics.class));
	}

	@Test
	void withoutMicrometerThereAreNoMeters() {
		this.runner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarTokenMetrics.class)
				.hasSingleBean(SmartcarEndpoint.class));
	}

	@Test
	void theHealthContributorSwitchesOffByProperty() {
		this.runner.withPropertyValues("management.health.smartcar.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarHealthIndicator.class)
				.hasSingleBean(SmartcarEndpoint.class));
	}

	@Test
	void theEndpointIsThereOnlyWhenExposedAndNotTurnedOff() {
		this.runner.withPropertyValues("management.endpoint.smartcar.access=none")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarEndpoint.class)
				.doesNotHaveBean(RecentTokenFailures.class)
				.hasBean("smartcarHealthIndicator"));
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SmartcarEndpoint.class));
	}

	@Test
	void theInfoContributionSwitchesOffByProperty() {
		this.runner.withPropertyValues("management.info.smartcar.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SmartcarInfoContributor.class)
				.hasSingleBean(SmartcarEndpoint.class));
	}

	@Test
	void theMetersSwitchOffWithSpringBootsMeterFilter() {
		this.runner.run((context) -> assertThat(countedRefresh(context)).isTrue());
		this.runner.withPropertyValues("management.metrics.enable.smartcar.token=false")
			.run((context) -> assertThat(countedRefresh(context)).isFalse());
	}

	@Test
	void theApplicationsOwnBeansTakeThePlaceOfTheStarters() {
		SmartcarInfoContributor own = new SmartcarInfoContributor(
				new org.smartcarboot.autoconfigure.SmartcarProperties());
		this.runner.withBean("smartcarHealthIndicator", HealthIndicator.class, () -> () -> null)
			.withBean(SmartcarInfoContributor.class, () -> own)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(SmartcarHealthIndicator.class);
				assertThat(context).getBean(SmartcarInfoContributor.class).isSameAs(own);
			});
	}

	@Test
	void aReachabilityTimeoutThatIsNotPositiveStopsStartupNamingIt() {
		this.runner.withPropertyValues("smartcar.health.reachability.timeout=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("smartcar.health.reachability.timeout"));
	}

	private static boolean countedRefresh(AssertableApplicationContext context) {
		context.getBean(SmartcarTokenMetrics.class).refreshed("smartcar", "driver-1");
		return context.getBean(MeterRegistry.class).find(SmartcarTokenMetrics.REFRESHES).counter() != null;
	}

}
