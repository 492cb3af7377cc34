package org.smartcarboot.simulator.boot;

import java.util.Objects;

import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Stops a simulator when its application context closes, or fails to start. Events of
 * other contexts, such as a child context's, are ignored.
 *
 * <pre class="code">
 * context.addApplicationListener(new SmartcarSimulatorLifecycle(context, simulator));
 * </pre>
 */
public final class SmartcarSimulatorLifecycle implements SmartApplicationListener {

	private final ApplicationContext context;

	private final SmartcarSimulator simulator;

	/**
	 * Creates a listener stopping a simulator with a context.
	 * @param context the application context the simulator serves
	 * @param simulator the simulator to stop
	 */
	public SmartcarSimulatorLifecycle(ApplicationContext context, SmartcarSimulator simulator) {
		this.context = Objects.requireNonNull(context, "context");
		this.simulator = Objects.requireNonNull(simulator, "simulator");
	}

	/**
	 * Whether an event closes a context or reports its failed start.
	 * @param eventType the event type
	 * @return {@code true} for {@link ContextClosedEvent} and
	 * {@link ApplicationFailedEvent}
	 */
	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ContextClosedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	/**
	 * Stops the simulator when the event is about its context.
	 * @param event a {@link ContextClosedEvent} or {@link ApplicationFailedEvent}
	 */
	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		ApplicationContext eventContext = (event instanceof ApplicationFailedEvent failed)
				? failed.getApplicationContext() : ((ContextClosedEvent) event).getApplicationContext();
		if (eventContext == this.context) {
			this.simulator.stop();
		}
	}

}
