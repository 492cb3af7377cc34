package org.smartcarboot;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Tests that a Spring application without Spring Boot builds and uses the service from
 * this library alone, against the simulator, refreshing an expired token on the way.
 */
class PlainSpringApplicationTests {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	@Test
	void aPlainSpringContextReadsAVehicleAndRefreshesTheToken(SmartcarSimulator simulator) {
		IssuedTokens tokens = simulator.issueTokens();
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(SmartcarSimulator.class, () -> simulator);
			context.register(SmartcarConfiguration.class);
			context.refresh();
			context.getBean(LibraryTestSetup.class)
				.storeTokens(simulator.userId(), tokens.accessToken(), tokens.refreshToken(), Duration.ofMinutes(-1));
			SmartcarVehicleService driver = context.getBean(SmartcarVehicleService.class).forUser(simulator.userId());
			SimulatedVehicle car = simulator.vehicles().get(0);
			SmartcarResponse<Odometer> odometer = driver.vehicle(car.id()).odometer();
			assertThat(odometer.value().distance()).isCloseTo(car.odometerKm() * 0.621371, within(0.01));
			assertThat(odometer.meta().unitSystem()).isEqualTo(UnitSystem.IMPERIAL);
			assertThat(simulator.tokenRequestCount("refresh_token")).isEqualTo(1);
		}
	}

	/**
	 * What a plain Spring application declares: the Spring Security pieces and the
	 * service.
	 */
	@Configuration(proxyBeanMethods = false)
	static class SmartcarConfiguration {

		@Bean
		LibraryTestSetup security(SmartcarSimulator simulator) {
			return new LibraryTestSetup(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
		}

		@Bean
		SmartcarVehicleService smartcarVehicleService(LibraryTestSetup security, SmartcarSimulator simulator) {
			return SmartcarVehicleService.builder(security.manager())
				.apiUrl(simulator.baseUrl())
				.unitSystem(UnitSystem.IMPERIAL)
				.build();
		}

	}

}
