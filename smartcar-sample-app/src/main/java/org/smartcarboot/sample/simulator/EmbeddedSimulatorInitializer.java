package org.smartcarboot.sample.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.boot.ConnectCallbackRegistrar;
import org.smartcarboot.simulator.boot.SmartcarSimulatorLifecycle;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Runs the app on an embedded {@link SmartcarSimulator} when {@code smartcar.client-id}
 * (environment variable {@code SMARTCAR_CLIENT_ID}) is not set: starts the simulator,
 * whose consent page names the app {@value #APPLICATION_NAME}, points the
 * {@code smartcar.*} properties at it, turns the webhook endpoint on (the simulator's
 * deliveries are signed with its management token), and registers it as the
 * {@value #BEAN_NAME} bean. A {@link ConnectCallbackRegistrar} allows the app's login
 * callback once the web server runs, and a {@link SmartcarSimulatorLifecycle} stops the
 * simulator with the context.
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

	/**
	 * The app's name on the simulator's consent page.
	 */
	static final String APPLICATION_NAME = "Smartcar sample";

	private static final String CLIENT_ID_PROPERTY = "smartcar.client-id";

	private static final String WEBHOOKS_ENABLED_PROPERTY = "smartcar.webhooks.enabled";

	private static final Log logger = LogFactory.getLog(EmbeddedSimulatorInitializer.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty(CLIENT_ID_PROPERTY))) {
			return;
		}
		SmartcarSimulator simulator = new SmartcarSimulator();
		simulator.setApplicationName(APPLICATION_NAME);
		simulator.start();
		Map<String, Object> properties = new LinkedHashMap<>(simulator.springProperties());
		properties.put(WEBHOOKS_ENABLED_PROPERTY, "true");
		environment.getPropertySources().addLast(new MapPropertySource(BEAN_NAME, properties));
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// the build's AOT processing: its JVM must be able to exit
			simulator.stop();
			return;
		}
		context.addApplicationListener(new SmartcarSimulatorLifecycle(context, simulator));
		context.addApplicationListener(new ConnectCallbackRegistrar(context, simulator));
		context.getBeanFactory().registerSingleton(BEAN_NAME, simulator);
		logger.info("No Smartcar credentials set (SMARTCAR_CLIENT_ID): running on the embedded Smartcar simulator at "
				+ simulator.baseUrl());
	}

}
