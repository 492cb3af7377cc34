package org.smartcarboot.autoconfigure;

import java.util.concurrent.Executor;

import io.micrometer.observation.ObservationRegistry;
import org.smartcarboot.fleet.SmartcarFleetReader;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Auto-configuration of the {@link SmartcarFleetReader}, on the
 * {@link SmartcarVehicleService}, with at most {@code smartcar.fleet.concurrency} reads
 * under way at once and Boot's {@link ObservationRegistry} when there is one. The reads
 * run on their own executor, {@value #FLEET_EXECUTOR_BEAN}: virtual threads when
 * {@code spring.threads.virtual.enabled} is set on Java 21 or later, else a pool of as
 * many threads as the concurrency, which lets idle threads go. Boot's
 * {@code applicationTaskExecutor} is not used, as its default pool of 8 threads would cap
 * a higher concurrency unseen; the executor is no default candidate for injection, so it
 * neither replaces Boot's nor makes an {@code Executor} injection point ambiguous.
 */
@AutoConfiguration(after = SmartcarVehicleAutoConfiguration.class)
@ConditionalOnBean({ SmartcarVehicleService.class, SmartcarProperties.class })
public final class SmartcarFleetAutoConfiguration {

	/**
	 * Name of the executor bean that runs the fleet reads; define a bean of this name to
	 * use another.
	 */
	public static final String FLEET_EXECUTOR_BEAN = "smartcarFleetExecutor";

	private static final String THREAD_NAME_PREFIX = "smartcar-fleet-";

	@Bean
	@ConditionalOnMissingBean
	SmartcarFleetReader smartcarFleetReader(SmartcarVehicleService vehicleService, SmartcarProperties properties,
			@Qualifier(FLEET_EXECUTOR_BEAN) Executor executor,
			ObjectProvider<ObservationRegistry> observationRegistry) {
		SmartcarFleetReader.Builder reader = SmartcarFleetReader.builder(vehicleService, executor)
			.concurrency(properties.getFleet().getConcurrency());
		observationRegistry.ifAvailable(reader::observationRegistry);
		return reader.build();
	}

	@Bean(name = FLEET_EXECUTOR_BEAN, defaultCandidate = false)
	@ConditionalOnMissingBean(name = FLEET_EXECUTOR_BEAN)
	@ConditionalOnThreading(Threading.PLATFORM)
	ThreadPoolTaskExecutor smartcarFleetExecutor(SmartcarProperties properties) {
		int concurrency = properties.getFleet().getConcurrency();
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix(THREAD_NAME_PREFIX);
		executor.setCorePoolSize(concurrency);
		executor.setMaxPoolSize(concurrency);
		executor.setAllowCoreThreadTimeOut(true);
		return executor;
	}

	@Bean(name = FLEET_EXECUTOR_BEAN, defaultCandidate = false)
	@ConditionalOnMissingBean(name = FLEET_EXECUTOR_BEAN)
	@ConditionalOnThreading(Threading.VIRTUAL)
	SimpleAsyncTaskExecutor smartcarFleetExecutorVirtualThreads() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(THREAD_NAME_PREFIX);
		executor.setVirtualThreads(true);
		return executor;
	}

}
