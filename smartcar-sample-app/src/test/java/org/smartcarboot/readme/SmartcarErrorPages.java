package org.smartcarboot.readme;

import org.smartcarboot.error.SmartcarVehicleStateException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

@ControllerAdvice
class SmartcarErrorPages {

	@ExceptionHandler(SmartcarVehicleStateException.class)
	ResponseEntity<String> vehicleAsleep(SmartcarVehicleStateException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body("Your car cannot answer now (" + ex.getCode() + ").");
	}

}
