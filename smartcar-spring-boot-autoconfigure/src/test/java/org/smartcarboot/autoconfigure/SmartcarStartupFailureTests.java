package org.smartcarboot.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts real applications with a wrong {@code smartcar.*} property and checks that
 * startup fails with a report naming the property and the fix, without the secret, in the
 * report or anywhere in the output.
 */
@ExtendWith(QuietOutputCaptureExtension.class)
class SmartcarStartupFailureTests {

	private static final String SECRET = "s3cr3t-do-not-print";

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					client-id       | ''                 | smartcar.client-id is missing          | Set smartcar.client-id
					client-secret   | ' '                | smartcar.client-secret is missing      | Set smartcar.client-secret
					redirect-uri    | not a uri          | smartcar.redirect-uri 'not a uri'      | Set smartcar.redirect-uri
					redirect-uri    | /relative/callback | smartcar.redirect-uri '/relative/callback' | Set smartcar.redirect-uri
					api-version     | two                | smartcar.api-version 'two'             | Set smartcar.api-version
					urls.api        | ftp://example.com  | smartcar.urls.api 'ftp://example.com'  | Set smartcar.urls.api
					connect.single-select-vin | 123      | smartcar.connect.single-select-vin '123' | Set smartcar.connect.single-select-vin
					mode            | bogus              | smartcar.mode                          | LIVE
					unit-system     | furlongs           | smartcar.unit-system                   | IMPERIAL
					http.read-timeout | 0s               | smartcar.http.read-timeout 'PT0S' is not positive | Set smartcar.http.read-timeout
					retry.max-attempts | 0               | smartcar.retry.max-attempts '0' is below 1 | Set smartcar.retry.max-attempts
					retry.max-interval | 100ms           | smartcar.retry.max-interval 'PT0.1S' is shorter than smartcar.retry.initial-interval | Set smartcar.retry.max-interval
					""")
	void aWrongPropertyFailsStartupNamingItAndTheFix(String key, String value, String description, String action,
			CapturedOutput output) {
		Map<String, Object> properties = new HashMap<>(
				Map.of("smartcar.client-id", "app-id", "smartcar.client-secret", SECRET));
		properties.put("smartcar." + key, value);
		assertThatException().isThrownBy(() -> run(properties));
		assertThat(RecordingFailureAnalysisReporter.lastReport()).contains(description)
			.contains(action)
			.doesNotContain(SECRET);
		assertThat(output).doesNotContain(SECRET);
	}

	@ParameterizedTest(name = "only {0}")
	@CsvSource({ "client-id, smartcar.client-secret", "client-secret, smartcar.client-id" })
	void aMissingCredentialFailsStartupNamingIt(String present, String missing, CapturedOutput output) {
		assertThatException().isThrownBy(() -> run(Map.of("smartcar." + present, SECRET)));
		assertThat(RecordingFailureAnalysisReporter.lastReport()).contains("Property " + missing + " is missing")
			.contains("Set " + missing)
			.doesNotContain(SECRET);
		assertThat(output).doesNotContain(SECRET);
	}

	@Test
	void anAutowiredServiceWithoutAnySmartcarPropertyFailsStartupSayingWhatToSet() {
		assertThatException().isThrownBy(() -> run(ServiceUser.class, Map.of()));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("A SmartcarVehicleService is required, but the Smartcar starter is off")
			.contains("Set smartcar.client-id and smartcar.client-secret");
	}

	private static void run(Map<String, Object> properties) {
		run(TestApplication.class, properties);
	}

	private static void run(Class<?> applicationClass, Map<String, Object> properties) {
		RecordingFailureAnalysisReporter.clear();
		SpringApplication application = new SpringApplication(applicationClass);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(properties);
		application.run().close();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ServiceUser.Consumer.class)
	static class ServiceUser {

		static class Consumer {

			Consumer(SmartcarVehicleService service) {
			}

		}

	}

}
