package org.smartcarboot.autoconfigure;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

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

	/**
	 * Keeps the tokens of applications that start in memory, so that the database store's
	 * warning about unencrypted tokens stays out of the build's output.
	 */
	private static final Map<String, Object> IN_MEMORY = Map.of("smartcar.token-store", "memory");

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
					mode            | bogus              | smartcar.mode 'bogus' is not one of live, test, simulated | Set smartcar.mode to live, test or simulated.
					unit-system     | furlongs           | smartcar.unit-system 'furlongs' is not one of metric, imperial | Set smartcar.unit-system to metric or imperial.
					http.read-timeout | 0s               | smartcar.http.read-timeout 'PT0S' is not positive | Set smartcar.http.read-timeout
					http.max-connections | 0             | smartcar.http.max-connections '0' is below 1 | Set smartcar.http.max-connections
					retry.max-attempts | 0               | smartcar.retry.max-attempts '0' is below 1 | Set smartcar.retry.max-attempts
					retry.max-interval | 100ms           | smartcar.retry.max-interval 'PT0.1S' is shorter than smartcar.retry.initial-interval | Set smartcar.retry.max-interval
					fleet.concurrency | 0                | smartcar.fleet.concurrency '0' is below 1 | Set smartcar.fleet.concurrency
					""")
	void aWrongPropertyFailsStartupNamingItAndTheFix(String key, String value, String description, String action,
			CapturedOutput output) {
		Map<String, Object> properties = new HashMap<>(Map.of("smartcar.client-id", "app-id", "smartcar.client-secret",
				SECRET, "smartcar.scopes", "read_vin"));
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
			.contains("Set smartcar.client-id and smartcar.client-secret")
			.contains("and smartcar.scopes to the permissions it asks drivers for");
	}

	@Test
	void theQuickstartConfigurationWithoutItsEnvironmentVariablesFailsStartupNamingThem() {
		assertThatException().isThrownBy(() -> runQuickstart(Map.of(), Map.of()));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("Property smartcar.client-id '${SMARTCAR_CLIENT_ID}' is a placeholder nothing resolved: "
					+ "the environment variable SMARTCAR_CLIENT_ID is not set "
					+ "(from class path resource [failfast/quickstart.yml] - 3:14).")
			.contains("Set the environment variable SMARTCAR_CLIENT_ID before starting the application "
					+ "(export SMARTCAR_CLIENT_ID=... in the shell")
			.contains("or write the value into smartcar.client-id itself.");

		assertThatException().isThrownBy(() -> runQuickstart(Map.of("SMARTCAR_CLIENT_ID", "app-id"), Map.of()));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("Property smartcar.client-secret '${SMARTCAR_CLIENT_SECRET}' is a placeholder nothing resolved: "
					+ "the environment variable SMARTCAR_CLIENT_SECRET is not set");
	}

	@Test
	void theQuickstartConfigurationStartsWithItsEnvironmentVariablesSet() {
		try (ConfigurableApplicationContext context = runQuickstart(
				Map.of("SMARTCAR_CLIENT_ID", "app-id", "SMARTCAR_CLIENT_SECRET", SECRET), IN_MEMORY)) {
			SmartcarProperties properties = context.getBean(SmartcarProperties.class);
			assertThat(properties.getClientId()).isEqualTo("app-id");
			assertThat(properties.getClientSecret()).isEqualTo(SECRET);
			assertThat(properties.getScopes()).containsExactly("read_vehicle_info", "read_vin", "read_odometer",
					"read_location", "control_security");
		}
	}

	@Test
	void anUnknownScopeFromAnEnvironmentVariableIsReportedWithTheVariableAndTheKnownScopes() {
		Map<String, Object> variables = Map.of("SMARTCAR_CLIENT_ID", "app-id", "SMARTCAR_CLIENT_SECRET", SECRET,
				"SMARTCAR_SCOPES", "read_vin,read_odomter");
		assertThatException().isThrownBy(() -> runQuickstart(variables, Map.of()));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("Property smartcar.scopes 'read_odomter' is not a permission Smartcar is known to have "
					+ "(from the environment variable SMARTCAR_SCOPES).")
			.contains("Ask for permissions Smartcar has: control_charge, control_climate, ")
			.contains("read_odometer, read_security")
			.contains("add it to smartcar.additional-known-scopes.")
			.contains("The value comes from the environment variable SMARTCAR_SCOPES: change or unset it there.")
			.doesNotContain(SECRET);
	}

	@Test
	void aModeFromAnEnvironmentVariableIsReportedWithTheAllowedValuesAsTheReadmeWritesThem() {
		Map<String, Object> variables = Map.of("SMARTCAR_CLIENT_ID", "app-id", "SMARTCAR_CLIENT_SECRET", SECRET,
				"SMARTCAR_MODE", "sandbox");
		assertThatException().isThrownBy(() -> runQuickstart(variables, Map.of()));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("Property smartcar.mode 'sandbox' is not one of live, test, simulated "
					+ "(from the environment variable SMARTCAR_MODE).")
			.contains("Set smartcar.mode to live, test or simulated. The value comes from the environment variable "
					+ "SMARTCAR_MODE: change or unset it there.");
	}

	@Test
	void anUnresolvedPlaceholderInAPropertyThatIsNotTextIsReportedAsSuch() {
		Map<String, Object> variables = Map.of("SMARTCAR_CLIENT_ID", "app-id", "SMARTCAR_CLIENT_SECRET", SECRET);
		assertThatException()
			.isThrownBy(() -> runQuickstart(variables, Map.of("smartcar.unit-system", "${SMARTCAR_UNITS}")));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("Property smartcar.unit-system '${SMARTCAR_UNITS}' is a placeholder nothing resolved: "
					+ "the environment variable SMARTCAR_UNITS is not set")
			.contains("Set the environment variable SMARTCAR_UNITS");
	}

	@Test
	void missingScopesFailStartupSayingWhatToSet() {
		assertThatException()
			.isThrownBy(() -> run(Map.of("smartcar.client-id", "app-id", "smartcar.client-secret", SECRET)));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("Property smartcar.scopes is empty: Connect would ask for no permission.")
			.contains("Set smartcar.scopes to the permissions your application asks drivers for, separated by commas");
	}

	@Test
	void aScopeTheStarterDoesNotKnowYetIsAcceptedOnceDeclared() {
		Map<String, Object> properties = Map.of("smartcar.client-id", "app-id", "smartcar.client-secret", SECRET,
				"smartcar.scopes", "read_vin,required:read_tea_temperature");
		assertThatException().isThrownBy(() -> run(properties));
		assertThat(RecordingFailureAnalysisReporter.lastReport())
			.contains("Property smartcar.scopes 'required:read_tea_temperature' is not a permission Smartcar is known "
					+ "to have");

		Map<String, Object> declared = new HashMap<>(properties);
		declared.put("smartcar.additional-known-scopes", "read_tea_temperature");
		declared.putAll(IN_MEMORY);
		try (ConfigurableApplicationContext context = start(TestApplication.class, Map.of(), declared)) {
			assertThat(context.getBean(ClientRegistrationRepository.class)
				.findByRegistrationId(SmartcarClientRegistrations.REGISTRATION_ID)
				.getScopes()).containsExactlyInAnyOrder("read_vin", "required:read_tea_temperature");
		}
	}

	private static void run(Map<String, Object> properties) {
		run(TestApplication.class, properties);
	}

	private static void run(Class<?> applicationClass, Map<String, Object> properties) {
		start(applicationClass, Map.of(), properties).close();
	}

	/**
	 * Starts the application with the Quickstart's {@code application.yml}.
	 * @param environmentVariables the only environment variables the application sees
	 * @param properties default properties
	 * @return the started application
	 */
	private static ConfigurableApplicationContext runQuickstart(Map<String, Object> environmentVariables,
			Map<String, Object> properties) {
		return start(TestApplication.class, environmentVariables, properties,
				"--spring.config.additional-location=classpath:failfast/quickstart.yml");
	}

	/**
	 * Starts an application whose environment variables are the given ones instead of the
	 * process's, so that a developer's own {@code SMARTCAR_*} variables do not change the
	 * outcome; Spring Boot maps them to properties as it maps real ones.
	 */
	private static ConfigurableApplicationContext start(Class<?> applicationClass,
			Map<String, Object> environmentVariables, Map<String, Object> properties, String... args) {
		RecordingFailureAnalysisReporter.clear();
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
		SpringApplication application = new SpringApplication(applicationClass);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setEnvironment(environment);
		application.setDefaultProperties(properties);
		return application.run(args);
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
