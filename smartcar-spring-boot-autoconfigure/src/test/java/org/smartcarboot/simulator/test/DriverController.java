package org.smartcarboot.simulator.test;

import java.util.List;
import java.util.stream.Collectors;

import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The controller of the applications testing the simulator's Spring test support: reads
 * and locks the signed-in driver's cars, describes the driver's authentication, and
 * answers a Smartcar error with its status and type.
 */
@RestController
class DriverController {

	private final SmartcarVehicleService smartcar;

	DriverController(SmartcarVehicleService smartcar) {
		this.smartcar = smartcar;
	}

	@GetMapping("/odometers")
	List<String> odometers() {
		return this.smartcar.vehicleIds()
			.stream()
			.map((id) -> id + ": " + this.smartcar.vehicle(id).odometer().value().distance())
			.toList();
	}

	@PostMapping("/vehicles/{id}/lock")
	String lock(@PathVariable String id) {
		return this.smartcar.vehicle(id).lock().value().status();
	}

	/**
	 * Describes the signed-in driver's authentication: type, principal, registration,
	 * attributes and authorities.
	 */
	@GetMapping("/me")
	String me(OAuth2AuthenticationToken authentication) {
		String authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.collect(Collectors.joining(","));
		return authentication.getClass().getSimpleName() + " " + authentication.getName() + " "
				+ authentication.getAuthorizedClientRegistrationId() + " "
				+ authentication.getPrincipal().getAttributes() + " " + authorities;
	}

	@ExceptionHandler
	ResponseEntity<String> smartcarError(SmartcarException ex) {
		return ResponseEntity.status(ex.getStatusCode()).body(ex.getType());
	}

}
