package org.smartcarboot.simulator.test;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.boot.ConnectCallbacks;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.support.TestPropertySourceUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SmartcarSimulatorContextCustomizerFactory} and
 * {@link SmartcarSimulatorContextCustomizer}, on Spring Boot applications started by
 * hand.
 */
class SmartcarSimulatorContextCustomizerTests {

	private final SmartcarSimulatorContextCustomizerFactory factory = new SmartcarSimulatorContextCustomizerFactory();

	@Test
	void onlyTestClassesWithTheAnnotationGetACustomizer() {
		ContextCustomizer customizer = customizer(Annotated.class);

		assertThat(this.factory.createContextCustomizer(Plain.class, List.of())).isNull();
		assertThat(List.of(customizer(MetaAnnotated.class), customizer(Inheriting.class),
				customizer(Annotated.Inner.class)))
			.as("equal, so that their test classes share a cached context")
			.allSatisfy((other) -> assertThat(other).isEqualTo(customizer).hasSameHashCodeAs(customizer));
	}

	@Test
	void pointsTheApplicationAtTheSimulatorOverEnvironmentVariablesButNotOverTestProperties() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("SMARTCAR_CLIENT_ID", "real-client-id", "SMARTCAR_URLS_API", "https://api.smartcar.com")));
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment,
				"smartcar.management-token=from-the-test");
		SpringApplication application = application(Empty.class);
		application.setEnvironment(environment);
		application.setDefaultProperties(
				Map.of("smartcar.redirect-uri", "https://app.example.com/login/oauth2/code/smartcar"));
		SmartcarSimulator simulator;
		try (ConfigurableApplicationContext context = application.run()) {
			simulator = context.getBean("smartcarSimulator", SmartcarSimulator.class);
			Environment properties = context.getEnvironment();

			assertThat(simulator.isRunning()).isTrue();
			assertThat(properties.getProperty("smartcar.client-id")).isEqualTo(simulator.clientId());
			assertThat(properties.getProperty("smartcar.client-secret")).isEqualTo(simulator.clientSecret());
			assertThat(properties.getProperty("smartcar.urls.api")).isEqualTo(simulator.baseUrl());
			assertThat(properties.getProperty("smartcar.redirect-uri"))
				.isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
			assertThat(properties.getProperty("smartcar.management-token")).isEqualTo("from-the-test");
			assertThat(ConnectCallbacks.isRegistered(simulator, "http://localhost/login/oauth2/code/smartcar"))
				.as("MockMvc's callback")
				.isTrue();
		}
		assertThat(simulator.isRunning()).as("stopped with the context").isFalse();
	}

	@Test
	void stopsTheSimulatorWhenTheContextFailsToStart() {
		SpringApplication application = application(Failing.class);
		application.setDefaultProperties(Map.of("logging.level.org.springframework.boot.SpringApplication", "off",
				"logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "off"));
		AtomicReference<SmartcarSimulator> simulator = new AtomicReference<>();
		application
			.addInitializers((context) -> simulator.set(context.getBeanFactory().getBean(SmartcarSimulator.class)));

		assertThatExceptionOfType(BeanCreationException.class).isThrownBy(application::run);
		assertThat(simulator.get().isRunning()).isFalse();
	}

	private ContextCustomizer customizer(Class<?> testClass) {
		return this.factory.createContextCustomizer(testClass, List.of());
	}

	private SpringApplication application(Class<?> configuration) {
		SpringApplication application = new SpringApplication(configuration);
		application.setWebApplicationType(WebApplicationType.NONE);
		ContextCustomizer customizer = customizer(Annotated.class);
		application.addInitializers((context) -> customizer.customizeContext(context, null));
		return application;
	}

	static class Plain {

	}

	@AutoConfigureSmartcarSimulator
	static class Annotated {

		class Inner {

		}

	}

	@Retention(RetentionPolicy.RUNTIME)
	@AutoConfigureSmartcarSimulator
	@interface WithSimulator {

	}

	@WithSimulator
	static class MetaAnnotated {

	}

	static class Inheriting extends Annotated {

	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

	@Configuration(proxyBeanMethods = false)
	static class Failing {

		@Bean
		String brokenBean() {
			throw new IllegalStateException("broken on purpose");
		}

	}

}
