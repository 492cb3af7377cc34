package org.smartcarboot.autoconfigure.actuate;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartcarboot.autoconfigure.SmartcarAutoConfiguration;
import org.smartcarboot.autoconfigure.SmartcarHttpAutoConfiguration;
import org.smartcarboot.autoconfigure.SmartcarJdbcTokenStoreAutoConfiguration;
import org.smartcarboot.autoconfigure.SmartcarVehicleAutoConfiguration;
import org.smartcarboot.compatibility.CompatibilityMatrix;
import org.smartcarboot.token.RecentTokenFailures;
import org.smartcarboot.vehicle.LockStatus;
import org.smartcarboot.vehicle.Odometer;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Spring's AOT processing on an application context of the starter, with the
 * database token store and Actuator, and checks with {@link RuntimeHintsPredicates} that
 * what the starter loads or reflects on in a native image has hints: the resources it
 * reads, the JSON records of the library ({@code aot.factories}), and the records the
 * {@code smartcar} endpoint returns.
 */
class SmartcarRuntimeHintsTests {

	private static final String SIMULATOR = "http://127.0.0.1:9";

	private static RuntimeHints hints;

	@BeforeAll
	static void processAheadOfTime() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SmartcarAutoConfiguration.class,
					SmartcarJdbcTokenStoreAutoConfiguration.class, DataSourceAutoConfiguration.class,
					OAuth2ClientAutoConfiguration.class, SmartcarVehicleAutoConfiguration.class,
					SmartcarHttpAutoConfiguration.class, EndpointAutoConfiguration.class,
					SmartcarHealthContributorAutoConfiguration.class, SmartcarEndpointAutoConfiguration.class,
					SmartcarInfoContributorAutoConfiguration.class))
			.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
					"smartcar.urls.connect=" + SIMULATOR, "smartcar.urls.auth=" + SIMULATOR,
					"smartcar.urls.api=" + SIMULATOR, "smartcar.urls.management=" + SIMULATOR,
					"smartcar.urls.v3=" + SIMULATOR + "/v3", "management.endpoints.web.exposure.include=smartcar")
			.prepare((context) -> {
				DefaultGenerationContext generation = new DefaultGenerationContext(
						new ClassNameGenerator(ClassName.get(SmartcarRuntimeHintsTests.class)),
						new InMemoryGeneratedFiles());
				new ApplicationContextAotGenerator()
					.processAheadOfTime((GenericApplicationContext) context.getSourceApplicationContext(), generation);
				hints = generation.getRuntimeHints();
			});
	}

	@Test
	void theResourcesTheStarterReadsAreIncluded() {
		assertThat(List.of(SmartcarInfoContributor.VERSION_RESOURCE,
				"org/springframework/security/oauth2/client/oauth2-client-schema.sql",
				"org/springframework/security/oauth2/client/oauth2-client-schema-postgres.sql"))
			.allSatisfy((resource) -> assertThat(RuntimeHintsPredicates.resource().forResource(resource)).as(resource)
				.accepts(hints));
	}

	@Test
	void theLibrarysJsonRecordsCanBeBound() {
		assertThat(List.of(Odometer.class, LockStatus.class, LockStatus.Opening.class, CompatibilityMatrix.class))
			.allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(type.getName()).accepts(hints));
	}

	@Test
	void theEndpointsAnswerCanBeWrittenAsJson() {
		assertThat(List.of(SmartcarEndpoint.SmartcarDescriptor.class, SmartcarEndpoint.Registration.class,
				SmartcarEndpoint.Drivers.class, SmartcarEndpoint.TokenFailures.class,
				RecentTokenFailures.Failure.class))
			.allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(type.getName()).accepts(hints));
	}

	@Test
	void theHealthDetailsCanBeWrittenAsJson() {
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(SmartcarHostReachability.HostStatus.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).accepts(hints);
	}

	@Test
	void theHealthPropertiesCanBeBound() {
		assertThat(RuntimeHintsPredicates.reflection().onType(SmartcarHealthProperties.Reachability.class))
			.accepts(hints);
	}

}
