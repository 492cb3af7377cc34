package org.smartcarboot.sample.simulator;

import java.util.LinkedHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Runs the app on an embedded {@link SmartcarSimulator} when {@code smartcar.client-id}
 * (environment variable {@code SMARTCAR_CLIENT_ID}) is not set: starts the simulator,
 * points the {@code smartcar.*} properties at it, and registers it as the
 * {@value #BEAN_NAME} bean. {@link EmbeddedSimulatorLifecycle} allows the app's login
 * callback once the web server runs, and stops the simulator with the context.
 * <p>
 * Registered in {@code META-INF/spring.factories}, so it applies to {@code main} and to
 * {@code @SpringBootTest} alike, and runs at every start of the AOT-processed app too.
 * During the build's AOT processing the simulator is started only to learn its
 * properties, and stopped at once: the build decides the bean conditions those properties
 * drive (such as the management service, which needs {@code smartcar.management-token})
 * as they will be at runtime on the simulator.
 */
public class EmbeddedSimulatorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * Name of the simulator bean.
	 */
	public static final String BEAN_NAME = "smartcarSimulator";

	private static final String CLIENT_ID_PROPERTY = "smartcar.client-id";

	private static final Log logger = LogFactory.getLog(EmbeddedSimulatorInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty(CLIENT_ID_PROPERTY))) {
			return;
		}
		SmartcarSimulator simulator = new SmartcarSimulator().start();
		environment.getPropertySources()
			.addLast(new MapPropertySource(BEAN_NAME, new LinkedHashMap<>(simulator.springProperties())));
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// the build's AOT processing: its JVM must be able to exit
			simulator.stop();
			return;
		}
		context.addApplicationListener(new EmbeddedSimulatorLifecycle(context, simulator));
		context.getBeanFactory().registerSingleton(BEAN_NAME, simulator);
		logger.info("No Smartcar credentials set (SMARTCAR_CLIENT_ID): running on the embedded Smartcar simulator at "
				+ simulator.baseUrl());
	}

}
