package org.smartcarboot.simulator.test;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives the test classes annotated with {@link AutoConfigureSmartcarSimulator} (directly,
 * as a meta-annotation, on a superclass or on an enclosing class of a {@code @Nested}
 * class) a {@link SmartcarSimulatorContextCustomizer}. Registered in
 * {@code META-INF/spring.factories}.
 */
final class SmartcarSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureSmartcarSimulator.class)
				? new SmartcarSimulatorContextCustomizer() : null;
	}

}
