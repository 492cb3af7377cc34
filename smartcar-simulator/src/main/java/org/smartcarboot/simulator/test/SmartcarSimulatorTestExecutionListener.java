package org.smartcarboot.simulator.test;

import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets the simulator of a test class annotated with
 * {@link AutoConfigureSmartcarSimulator} before each test method
 * ({@link SmartcarSimulator#reset()}), so that the faults and request counts of one test
 * do not leak into the next one sharing the cached context. Registered in
 * {@code META-INF/spring.factories}; other test classes are left alone.
 */
final class SmartcarSimulatorTestExecutionListener implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(),
				AutoConfigureSmartcarSimulator.class)) {
			testContext.getApplicationContext()
				.getBean(SmartcarSimulatorContextCustomizer.BEAN_NAME, SmartcarSimulator.class)
				.reset();
		}
	}

}
