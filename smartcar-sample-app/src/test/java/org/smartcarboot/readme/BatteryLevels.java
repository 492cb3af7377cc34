package org.smartcarboot.readme;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.smartcarboot.webhook.VehicleErrorEvent;
import org.smartcarboot.webhook.VehicleStateEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The README's webhook listener: the state of charge of each car, from its vehicle state
 * events, forgotten while the car reports errors.
 */
@Component
class BatteryLevels {

	private final Map<String, Integer> percentByVehicle = new ConcurrentHashMap<>();

	@EventListener
	void onVehicleState(VehicleStateEvent event) {
		event.signal("tractionbattery-stateofcharge")
			.ifPresent(
					(charge) -> this.percentByVehicle.put(event.vehicle().id(), charge.body().path("value").asInt()));
	}

	@EventListener
	void onVehicleError(VehicleErrorEvent event) {
		event.errors()
			.stream()
			.filter((error) -> !error.isResolved())
			.forEach((error) -> this.percentByVehicle.remove(event.vehicle().id()));
	}

	Integer percent(String vehicleId) {
		return this.percentByVehicle.get(vehicleId);
	}

}
