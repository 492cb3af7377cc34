package org.smartcarboot.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

/**
 * Listens for the Smartcar webhook events an application publishes, as an application's
 * own listeners would: one listener for every event and one for vehicle state events
 * only. It can be told to fail, as a listener whose database is down would.
 */
public class RecordedWebhookEvents {

	private final List<SmartcarWebhookEvent> events = new CopyOnWriteArrayList<>();

	private final List<VehicleStateEvent> vehicleStates = new CopyOnWriteArrayList<>();

	private volatile boolean failing;

	@EventListener
	void onEvent(SmartcarWebhookEvent event) {
		if (this.failing) {
			throw new IllegalStateException("The listener's database is down");
		}
		this.events.add(event);
	}

	@EventListener
	void onVehicleState(VehicleStateEvent event) {
		if (!this.failing) {
			this.vehicleStates.add(event);
		}
	}

	/**
	 * Returns every event received.
	 * @return the events, oldest first
	 */
	public List<SmartcarWebhookEvent> events() {
		return List.copyOf(this.events);
	}

	/**
	 * Returns the events the listener of vehicle state events received.
	 * @return the events, oldest first
	 */
	public List<VehicleStateEvent> vehicleStates() {
		return List.copyOf(this.vehicleStates);
	}

	/**
	 * Makes the listeners throw, or stop throwing.
	 * @param failing whether they throw
	 */
	public void setFailing(boolean failing) {
		this.failing = failing;
	}

	/**
	 * Forgets the events received and stops failing.
	 */
	public void clear() {
		this.events.clear();
		this.vehicleStates.clear();
		this.failing = false;
	}

}
