package org.smartcarboot.sample.simulator;

import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Ties the embedded simulator to its application context: once the web server listens,
 * allows the app's login callback on {@code localhost} and {@code 127.0.0.1} at that
 * port; when the context closes, or fails to start, stops the simulator. Events of other
 * contexts, such as a child context's, are ignored.
 */
final class EmbeddedSimulatorLifecycle implements SmartApplicationListener {

	private static final String CALLBACK_PATH = "/login/oauth2/code/smartcar";

	private final ApplicationContext context;

	private final SmartcarSimulator simulator;

	EmbeddedSimulatorLifecycle(ApplicationContext context, SmartcarSimulator simulator) {
		this.context = context;
		this.simulator = simulator;
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return WebServerInitializedEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (contextOf(event) != this.context) {
			return;
		}
		if (event instanceof WebServerInitializedEvent initialized) {
			int port = initialized.getWebServer().getPort();
			this.simulator.registerRedirectUri("http://localhost:" + port + CALLBACK_PATH);
			this.simulator.registerRedirectUri("http://127.0.0.1:" + port + CALLBACK_PATH);
		}
		else {
			this.simulator.stop();
		}
	}

	private static ApplicationContext contextOf(ApplicationEvent event) {
		if (event instanceof WebServerInitializedEvent initialized) {
			return initialized.getApplicationContext();
		}
		if (event instanceof ApplicationFailedEvent failed) {
			return failed.getApplicationContext();
		}
		return ((ContextClosedEvent) event).getApplicationContext();
	}

}
