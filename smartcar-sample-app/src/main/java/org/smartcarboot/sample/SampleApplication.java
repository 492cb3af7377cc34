package org.smartcarboot.sample;

import org.smartcarboot.sample.simulator.EmbeddedSimulatorInitializer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small web app that connects a car through Smartcar Connect, shows what it knows about
 * the car and locks or unlocks it. Runs against real Smartcar when
 * {@code SMARTCAR_CLIENT_ID}, {@code SMARTCAR_CLIENT_SECRET} and
 * {@code SMARTCAR_REDIRECT_URI} are set, and on the embedded Smartcar simulator otherwise
 * (see {@link EmbeddedSimulatorInitializer}).
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Starts the app.
	 * @param args the command line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
