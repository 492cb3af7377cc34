package org.smartcarboot.autoconfigure;

import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.smartcarboot.fleet.SmartcarFleetReader;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SmartcarFleetAutoConfiguration}: the fleet reader on the vehicle
 * service, its concurrency from {@code smartcar.fleet.concurrency}, its own executor
 * beside Boot's, and backing off for the application's beans.
 */
class SmartcarFleetAutoConfigurationTests {

	private static final String[] CREDENTIALS = { "smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
			"smartcar.scopes=read_odometer" };

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SmartcarAutoConfiguration.class,
				SmartcarVehicleAutoConfiguration.class, SmartcarFleetAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class, RestClientAutoConfiguration.class, JacksonAutoConfiguration.class,
				TaskExecutionAutoConfiguration.class));

	@Test
	void withoutSmartcarPropertiesThereIsNoFleetReader() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(SmartcarFleetReader.class)
			.doesNotHaveBean(SmartcarFleetAutoConfiguration.FLEET_EXECUTOR_BEAN));
	}

	@Test
	void theReaderReadsTenAtATimeOnAPoolOfTenThreadsByDefault() {
		this.runner.withPropertyValues(CREDENTIALS).run((context) -> {
			assertThat(context).hasSingleBean(SmartcarVehicleService.class).hasSingleBean(SmartcarFleetReader.class);
			SmartcarFleetReader reader = context.getBean(SmartcarFleetReader.class);
			assertThat(reader.concurrency()).isEqualTo(SmartcarFleetReader.DEFAULT_CONCURRENCY).isEqualTo(10);
			assertThat(reader.rateLimitRetry()).as("the retry of smartcar.retry.*")
				.isEqualTo(context.getBean(SmartcarVehicleService.class).retry());
			assertPoolOf(context.getBean(SmartcarFleetAutoConfiguration.FLEET_EXECUTOR_BEAN), 10);
		});
	}

	@Test
	void theConcurrencyComesFromItsProperty() {
		this.runner.withPropertyValues(CREDENTIALS)
			.withPropertyValues("smartcar.fleet.concurrency=25")
			.run((context) -> {
				assertThat(context.getBean(SmartcarFleetReader.class).concurrency()).isEqualTo(25);
				assertPoolOf(context.getBean(SmartcarFleetAutoConfiguration.FLEET_EXECUTOR_BEAN), 25);
			});
	}

	@Test
	void bootsApplicationTaskExecutorStaysAndAloneServesExecutorInjectionPoints() {
		this.runner.withPropertyValues(CREDENTIALS).withUserConfiguration(ExecutorUser.class).run((context) -> {
			assertThat(context).hasNotFailed().hasBean("applicationTaskExecutor");
			assertThat(context.getBean(ExecutorUser.class).executor)
				.isSameAs(context.getBean("applicationTaskExecutor"));
		});
	}

	@Test
	void backsOffForTheApplicationsReaderAndExecutor() {
		this.runner.withPropertyValues(CREDENTIALS).withUserConfiguration(OwnFleet.class).run((context) -> {
			assertThat(context).hasSingleBean(SmartcarFleetReader.class);
			assertThat(context.getBean(SmartcarFleetReader.class).concurrency()).isEqualTo(3);
			assertThat(context.getBean(SmartcarFleetAutoConfiguration.FLEET_EXECUTOR_BEAN)).isSameAs(OwnFleet.EXECUTOR);
		});
	}

	private static void assertPoolOf(Object executor, int threads) {
		assertThat(executor).isInstanceOfSatisfying(ThreadPoolTaskExecutor.class, (pool) -> {
			assertThat(pool.getCorePoolSize()).isEqualTo(threads);
			assertThat(pool.getMaxPoolSize()).isEqualTo(threads);
			assertThat(pool.getThreadNamePrefix()).isEqualTo("smartcar-fleet-");
		});
	}

	static class ExecutorUser {

		final Executor executor;

		ExecutorUser(Executor executor) {
			this.executor = executor;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnFleet {

		static final Executor EXECUTOR = Runnable::run;

		@Bean
		Executor smartcarFleetExecutor() {
			return EXECUTOR;
		}

		@Bean
		SmartcarFleetReader ownFleetReader(SmartcarVehicleService vehicleService) {
			return SmartcarFleetReader.builder(vehicleService, EXECUTOR).concurrency(3).build();
		}

	}

}
