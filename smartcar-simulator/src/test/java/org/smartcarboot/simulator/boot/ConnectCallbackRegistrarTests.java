package org.smartcarboot.simulator.boot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConnectCallbackRegistrar}: the callback it registers is the one Spring
 * Security sends for the application's {@code smartcar.redirect-uri}. Its web server
 * event is covered by the starter's tests over a real port.
 */
class ConnectCallbackRegistrarTests {

	private final SmartcarSimulator simulator = new SmartcarSimulator().start();

	private final MockEnvironment environment = new MockEnvironment();

	private final ConnectCallbackRegistrar registrar = new ConnectCallbackRegistrar(context(this.environment),
			this.simulator);

	@AfterEach
	void stopSimulator() {
		this.simulator.stop();
	}

	@Test
	void withoutRedirectUriRegistersTheStarterDefault() {
		String callback = this.registrar.register("http://localhost:8080");

		assertThat(callback).isEqualTo("http://localhost:8080/login/oauth2/code/smartcar");
		assertThat(ConnectCallbacks.isRegistered(this.simulator, callback)).isTrue();
		assertThat(ConnectCallbacks.isRegistered(this.simulator, "http://localhost:8081/login/oauth2/code/smartcar"))
			.isFalse();
	}

	@Test
	void expandsSpringSecurityTemplateVariables() {
		this.environment.setProperty("smartcar.redirect-uri",
				"{baseScheme}://{baseHost}{basePort}{basePath}/{action}/{registrationId}/done");

		assertThat(this.registrar.register("http://127.0.0.1:8080/app"))
			.isEqualTo("http://127.0.0.1:8080/app/login/smartcar/done");
		assertThat(this.registrar.register("http://localhost")).isEqualTo("http://localhost/login/smartcar/done");
		assertThat(ConnectCallbacks.isRegistered(this.simulator, "http://localhost/login/smartcar/done")).isTrue();
	}

	@Test
	void baseUrlKeepsTheContextPath() {
		this.environment.setProperty("smartcar.redirect-uri", "{baseUrl}/authorized/{registrationId}");

		assertThat(this.registrar.register("http://localhost:8080/app"))
			.isEqualTo("http://localhost:8080/app/authorized/smartcar");
	}

	@Test
	void absoluteRedirectUriIsRegisteredAsItIs() {
		this.environment.setProperty("smartcar.redirect-uri", "https://app.example.com/callback");

		assertThat(this.registrar.register("http://localhost:8080")).isEqualTo("https://app.example.com/callback");
		assertThat(ConnectCallbacks.isRegistered(this.simulator, "https://app.example.com/callback")).isTrue();
	}

	private static GenericApplicationContext context(MockEnvironment environment) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setEnvironment(environment);
		return context;
	}

}
