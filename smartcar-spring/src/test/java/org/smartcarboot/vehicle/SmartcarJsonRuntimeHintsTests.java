package org.smartcarboot.vehicle;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the library's {@code META-INF/spring/aot.factories} gives every record of
 * its JSON packages the reflection hints Jackson needs in a native image: the records are
 * found by walking the packages' classes, not listed here, so a new record without hints
 * fails this test. Only the records Jackson never sees are left out, each with its
 * reason.
 */
class SmartcarJsonRuntimeHintsTests {

	private static final List<String> JSON_PACKAGES = List.of("vehicle", "compatibility", "management", "v3",
			"webhook");

	/**
	 * Records of those packages that never pass through Jackson.
	 */
	private static final Set<Class<?>> NOT_JSON = Set.of(
			// the options of a call, turned into a path, a header and a query
			CallOptions.class,
			// a generic request before it is sent; its body is the caller's object
			VehicleRequest.class,
			// a batch's reads, sent as the map of BatchRequest.body()
			BatchRequest.class,
			// query parameters
			org.smartcarboot.management.ConnectionFilter.class,
			org.smartcarboot.compatibility.CompatibilityRequest.class,
			org.smartcarboot.compatibility.CompatibilityMatrixRequest.class,
			// the receiver's answer: a status and the challenge reply, which has its
			// hints
			org.smartcarboot.webhook.WebhookReply.class,
			// what the receiver made of a delivery, read from its JSON tree by hand
			ClassUtils.resolveClassName("org.smartcarboot.webhook.WebhookPayload$Challenge", null),
			ClassUtils.resolveClassName("org.smartcarboot.webhook.WebhookPayload$Event", null),
			ClassUtils.resolveClassName("org.smartcarboot.webhook.WebhookPayload$Unknown", null));

	private static final RuntimeHints hints = new RuntimeHints();

	private static List<Class<?>> records;

	@BeforeAll
	static void applyTheRegistrarsAndFindTheRecords() throws Exception {
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints,
					SmartcarJsonRuntimeHintsTests.class.getClassLoader()));
		records = libraryRecords();
	}

	@Test
	void theWalkFindsTheRecordsOfEveryPackage() {
		assertThat(records).hasSizeGreaterThan(40)
			.contains(LockStatus.class, LockStatus.Opening.class, BatchAnswer.Item.class,
					org.smartcarboot.v3.Signal.Meta.class, org.smartcarboot.management.Connection.class,
					org.smartcarboot.compatibility.CompatibilityMatrix.Model.class,
					org.smartcarboot.webhook.WebhookChallengeReply.class)
			.containsAll(NOT_JSON);
	}

	@Test
	void everyJsonRecordCanBeConstructedAndReadReflectively() {
		List<Class<?>> json = records.stream().filter((type) -> !NOT_JSON.contains(type)).toList();

		assertThat(json).allSatisfy((type) -> {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(type.getName()).accepts(hints);
			assertThat(RuntimeHintsPredicates.reflection().onConstructorInvocation(canonicalConstructor(type)))
				.as(type.getName())
				.accepts(hints);
			for (RecordComponent component : type.getRecordComponents()) {
				assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
					.as(type.getName() + "." + component.getName())
					.accepts(hints);
			}
		});
	}

	@Test
	void jacksonCreatorsCanBeInvokedReflectively() {
		List<Method> creators = records.stream()
			.flatMap((type) -> Arrays.stream(type.getDeclaredMethods()))
			.filter((method) -> method.isAnnotationPresent(JsonCreator.class))
			.toList();

		assertThat(creators).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((creator) -> assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(creator))
				.as(creator.toString())
				.accepts(hints));
	}

	private static Constructor<?> canonicalConstructor(Class<?> type) throws NoSuchMethodException {
		Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		return type.getDeclaredConstructor(parameters);
	}

	/**
	 * Returns the records of the JSON packages compiled from the library's main sources.
	 */
	private static List<Class<?>> libraryRecords() throws IOException, ClassNotFoundException {
		CodeSource library = SmartcarJsonRuntimeHints.class.getProtectionDomain().getCodeSource();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Class<?>> found = new ArrayList<>();
		for (String name : JSON_PACKAGES) {
			String packagePath = "org/smartcarboot/" + name + "/";
			for (Resource resource : resolver.getResources("classpath*:" + packagePath + "*.class")) {
				String url = resource.getURL().toString();
				String className = url.substring(url.lastIndexOf(packagePath), url.length() - ".class".length())
					.replace('/', '.');
				Class<?> type = ClassUtils.forName(className, SmartcarJsonRuntimeHintsTests.class.getClassLoader());
				if (type.isRecord() && library.equals(type.getProtectionDomain().getCodeSource())) {
					found.add(type);
				}
			}
		}
		return found;
	}

}
