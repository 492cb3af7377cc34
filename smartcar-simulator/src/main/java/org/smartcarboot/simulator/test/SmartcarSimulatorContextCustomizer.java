package org.smartcarboot.simulator.test;

import java.util.LinkedHashMap;
import java.util.Map;

import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.boot.ConnectCallbackRegistrar;
import org.smartcarboot.simulator.boot.SmartcarSimulatorLifecycle;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Starts a {@link SmartcarSimulator} for a test's application context, as
 * {@link AutoConfigureSmartcarSimulator} describes: registers it as the
 * {@value #BEAN_NAME} bean, stops it with the context, sets the {@code smartcar.*}
 * properties in a property source just above the system properties (below the test's own
 * property sources), and registers the application's Connect callbacks.
 * <p>
 * Stateless: all instances are equal, so test classes with the same configuration share
 * one cached context, and one simulator.
 */
final class SmartcarSimulatorContextCustomizer implements ContextCustomizer {

	/**
	 * Name of the simulator bean.
	 */
	static final String BEAN_NAME = "smartcarSimulator";

	/**
	 * Name of the property source pointing the application at the simulator.
	 */
	static final String PROPERTY_SOURCE_NAME = "smartcarSimulator";

	/**
	 * Base URL of the requests MockMvc builds by default.
	 */
	static final String MOCK_MVC_BASE_URL = "http://localhost";

	private static final boolean WEB_SERVER_PRESENT = ClassUtils.isPresent(
			"org.springframework.boot.web.server.context.WebServerInitializedEvent",
			SmartcarSimulatorContextCustomizer.class.getClassLoader());

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		SmartcarSimulator simulator = new SmartcarSimulator().start();
		context.addApplicationListener(new SmartcarSimulatorLifecycle(context, simulator));
		context.getBeanFactory().registerSingleton(BEAN_NAME, simulator);
		addProperties(context.getEnvironment().getPropertySources(), simulator);
		if (WEB_SERVER_PRESENT) {
			ConnectCallbackRegistrar callbacks = new ConnectCallbackRegistrar(context, simulator);
			callbacks.register(MOCK_MVC_BASE_URL);
			context.addApplicationListener(callbacks);
		}
	}

	private static void addProperties(MutablePropertySources sources, SmartcarSimulator simulator) {
		Map<String, Object> properties = new LinkedHashMap<>(simulator.springProperties());
		properties.put(ConnectCallbackRegistrar.REDIRECT_URI_PROPERTY, ConnectCallbackRegistrar.DEFAULT_REDIRECT_URI);
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
		if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			sources.addBefore(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, source);
		}
		else {
			sources.addFirst(source);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
