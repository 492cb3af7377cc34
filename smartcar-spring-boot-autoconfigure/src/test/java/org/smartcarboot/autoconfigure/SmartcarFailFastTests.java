package org.smartcarboot.autoconfigure;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcarboot.connect.ApprovalPrompt;
import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests what the starter refuses at startup that users really get wrong: placeholders
 * nothing resolved, missing or unknown scopes, and how the failure analysis names the
 * property, the environment variable it came from and the fix.
 */
class SmartcarFailFastTests {

	private static final String SECRET = "s3cr3t-do-not-print";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SmartcarAutoConfiguration.class, OAuth2ClientAutoConfiguration.class))
		.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=" + SECRET,
				"smartcar.scopes=read_vehicle_info,required:read_odometer");

	@Test
	void aPlaceholderNamingAPropertyIsReportedWithThePropertyAndItsEnvironmentVariable() {
		this.runner.withPropertyValues("smartcar.client-id=${my-app.smartcar.client-id}").run((context) -> {
			InvalidSmartcarPropertyException failure = failure(context, "smartcar.client-id");
			assertThat(failure).hasMessage("Property smartcar.client-id '${my-app.smartcar.client-id}' is a placeholder"
					+ " nothing resolved: neither the property my-app.smartcar.client-id nor the environment variable"
					+ " MYAPP_SMARTCAR_CLIENTID is set");
			assertThat(failure.getAction()).isEqualTo("Set the property my-app.smartcar.client-id or the environment"
					+ " variable MYAPP_SMARTCAR_CLIENTID before starting the application, or write the value into"
					+ " smartcar.client-id itself.");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			smartcar.client-secret=${SMARTCAR_CLIENT_SECRET_UNSET_IN_TESTS}         | smartcar.client-secret
			smartcar.management-token=prefix-${SMARTCAR_AMT_UNSET_IN_TESTS}         | smartcar.management-token
			smartcar.redirect-uri=${SMARTCAR_REDIRECT_URI_UNSET_IN_TESTS}           | smartcar.redirect-uri
			smartcar.scopes=read_vin,${SMARTCAR_SCOPE_UNSET_IN_TESTS}               | smartcar.scopes
			smartcar.connect.flags.country=${SMARTCAR_COUNTRY_UNSET_IN_TESTS}       | smartcar.connect.flags.country
			smartcar.urls.api=${SMARTCAR_API_UNSET_IN_TESTS}                        | smartcar.urls.api
			""")
	void aPlaceholderLeftInAnyPropertyFailsTheStartupShowingOnlyThePlaceholder(String property, String key) {
		String variable = property.substring(property.indexOf("${") + 2, property.length() - 1);
		this.runner.withPropertyValues(property).run((context) -> {
			InvalidSmartcarPropertyException failure = failure(context, key);
			assertThat(failure)
				.hasMessage("Property " + key + " '${" + variable + "}' is a placeholder nothing"
						+ " resolved: the environment variable " + variable + " is not set")
				.message()
				.doesNotContain("prefix-");
			assertThat(failure.getAction()).contains("export " + variable + "=...");
		});
	}

	@Test
	void emptyScopesFailTheStartup() {
		this.runner.withPropertyValues("smartcar.scopes=")
			.run((context) -> assertThat(failure(context, "smartcar.scopes"))
				.hasMessage("Property smartcar.scopes is empty: Connect would ask for no permission"));
	}

	@Test
	void missingScopesFailTheStartupListingTheKnownOnes() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SmartcarAutoConfiguration.class))
			.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=" + SECRET)
			.run((context) -> {
				InvalidSmartcarPropertyException failure = failure(context, "smartcar.scopes");
				assertThat(failure)
					.hasMessage("Property smartcar.scopes is empty: Connect would ask for no permission");
				assertThat(failure.getAction())
					.startsWith("Set smartcar.scopes to the permissions your application"
							+ " asks drivers for, separated by commas, such as read_vehicle_info, read_odometer.")
					.contains("read_vehicle_info, read_vin.");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "read_vin,,read_odometer", "read_vin, ,read_odometer", "read_vin,read_odometer," })
	void anEmptyEntryInTheScopesFailsTheStartup(String scopes) {
		this.runner.withPropertyValues("smartcar.scopes=" + scopes)
			.run((context) -> assertThat(failure(context, "smartcar.scopes").getMessage())
				.contains("has an empty permission"));
	}

	@Test
	void scopesSeparatedBySpacesFailTheStartupSayingHowToSeparateThem() {
		this.runner.withPropertyValues("smartcar.scopes=read_vin read_odometer").run((context) -> {
			InvalidSmartcarPropertyException failure = failure(context, "smartcar.scopes");
			assertThat(failure)
				.hasMessage("Property smartcar.scopes 'read_vin read_odometer' holds several permissions in one");
			assertThat(failure.getAction()).startsWith("Separate the permissions in smartcar.scopes with commas");
		});
	}

	@Test
	void anUnknownScopeFailsTheStartupListingTheKnownOnesAndHowToAllowANewOne() {
		this.runner.withPropertyValues("smartcar.scopes=read_vin,required:read_odomter").run((context) -> {
			InvalidSmartcarPropertyException failure = failure(context, "smartcar.scopes");
			assertThat(failure).hasMessage(
					"Property smartcar.scopes 'required:read_odomter' is not a permission Smartcar is known to have");
			assertThat(failure.getAction()).startsWith("Ask for permissions Smartcar has: control_charge, ")
				.contains(", read_odometer, ")
				.endsWith("If Smartcar offers read_odomter and the starter does not know it yet, add it to"
						+ " smartcar.additional-known-scopes.");
		});
	}

	@Test
	void aNewScopeDeclaredKnownIsRequestedLikeTheOthers() {
		this.runner
			.withPropertyValues("smartcar.scopes=read_vin,required:read_tea_temperature",
					"smartcar.additional-known-scopes=read_tea_temperature")
			.run((context) -> assertThat(context.getBean(ClientRegistrationRepository.class)
				.findByRegistrationId(SmartcarClientRegistrations.REGISTRATION_ID)
				.getScopes()).containsExactlyInAnyOrder("read_vin", "required:read_tea_temperature"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "required:read_tea_temperature", "read tea", "READ_TEA" })
	void anAdditionalKnownScopeMustBeAPlainPermissionName(String permission) {
		this.runner.withPropertyValues("smartcar.additional-known-scopes=" + permission)
			.run((context) -> assertThat(failure(context, "smartcar.additional-known-scopes"))
				.hasMessage("Property smartcar.additional-known-scopes '" + permission + "' is not a permission name"));
	}

	@Test
	void theReportNamesTheEnvironmentVariableAValueCameFrom() {
		AtomicReference<ConfigurableEnvironment> environment = new AtomicReference<>();
		this.runner.withInitializer((context) -> {
			context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("SMARTCAR_REDIRECT_URI", "app.example.com/callback")));
			environment.set(context.getEnvironment());
		}).run((context) -> {
			FailureAnalysis analysis = new InvalidSmartcarPropertyFailureAnalyzer(environment.get())
				.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("Smartcar is not configured correctly: Property"
					+ " smartcar.redirect-uri 'app.example.com/callback' is not an absolute URI (from the environment"
					+ " variable SMARTCAR_REDIRECT_URI).");
			assertThat(analysis.getAction()).startsWith("Set smartcar.redirect-uri to an absolute URI")
				.endsWith(" The value comes from the environment variable SMARTCAR_REDIRECT_URI: change or unset"
						+ " it there.");
		});
	}

	@Test
	void theReportNamesThePropertySourceOfAValueFromElsewhere() {
		AtomicReference<ConfigurableEnvironment> environment = new AtomicReference<>();
		this.runner.withPropertyValues("smartcar.scopes=read_odomter")
			.withInitializer((context) -> environment.set(context.getEnvironment()))
			.run((context) -> {
				FailureAnalysis analysis = new InvalidSmartcarPropertyFailureAnalyzer(environment.get())
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).endsWith(
						"is not a permission Smartcar is known to have (from \"smartcar.scopes\" from property source \"test\").");
				assertThat(analysis.getAction()).doesNotContain("environment variable");
			});
	}

	@Test
	void aBindingFailureOfASmartcarEnumListsTheValuesButOneOutsideSmartcarIsLeftToSpringBoot() {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource(
				Map.of("smartcar.connect.approval-prompt", "sometimes", "other.approval-prompt", "sometimes"));
		Binder binder = new Binder(source);
		InvalidSmartcarPropertyFailureAnalyzer analyzer = new InvalidSmartcarPropertyFailureAnalyzer(
				new StandardEnvironment());

		FailureAnalysis smartcar = analyzer.analyze(catchThrowableOfType(BindException.class,
				() -> binder.bind("smartcar.connect.approval-prompt", ApprovalPrompt.class)));
		assertThat(smartcar.getDescription()).startsWith("Smartcar is not configured correctly: Property"
				+ " smartcar.connect.approval-prompt 'sometimes' is not one of auto, force (from ");
		assertThat(smartcar.getAction()).isEqualTo("Set smartcar.connect.approval-prompt to auto or force.");
		assertThat(analyzer.analyze(catchThrowableOfType(BindException.class,
				() -> binder.bind("other.approval-prompt", ApprovalPrompt.class))))
			.isNull();
	}

	private static InvalidSmartcarPropertyException failure(AssertableApplicationContext context, String key) {
		assertThat(context).hasFailed();
		assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidSmartcarPropertyException.class);
		InvalidSmartcarPropertyException failure = (InvalidSmartcarPropertyException) rootCause(
				context.getStartupFailure());
		assertThat(failure.getProperty()).isEqualTo(key);
		assertThat(failure.getMessage()).doesNotContain(SECRET);
		return failure;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
