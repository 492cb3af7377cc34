package org.smartcarboot.readme;

import java.util.List;

import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OdometerController {

	private final SmartcarVehicleService smartcar;

	OdometerController(SmartcarVehicleService smartcar) {
		this.smartcar = smartcar;
	}

	@GetMapping("/odometers")
	List<String> odometers() {
		return this.smartcar.vehicleIds().stream().map((id) -> {
			SmartcarResponse<Odometer> odometer = this.smartcar.vehicle(id).odometer();
			String unit = (odometer.meta().unitSystem() == UnitSystem.IMPERIAL) ? "mi" : "km";
			return id + ": " + odometer.value().distance() + " " + unit + " (recorded " + odometer.meta().dataAge()
					+ ")";
		}).toList();
	}

	@PostMapping("/vehicles/{id}/lock")
	String lock(@PathVariable String id) {
		return this.smartcar.vehicle(id).lock().value().status();
	}

}
