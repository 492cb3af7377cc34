package org.smartcarboot.simulator;

import java.util.Objects;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link SmartcarSimulator} for JUnit Jupiter tests:
 *
 * <pre class="code">
 * &#64;RegisterExtension
 * static SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();
 * </pre>
 *
 * Registered in a static field, the simulator runs from before all tests of the class
 * until after them (nested classes share it); registered in an instance field, it runs
 * for each test. Before each test, injected faults and request counts are reset and
 * disconnected cars are connected again. Test methods and lifecycle methods can declare a
 * {@link SmartcarSimulator} parameter.
 * <p>
 * {@link #simulator()} starts the simulator if needed, so static initialisers and
 * {@code @DynamicPropertySource} methods always see its real port.
 */
public class SmartcarSimulatorExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(SmartcarSimulatorExtension.class);

	private final SmartcarSimulator simulator;

	private volatile ExtensionContext classContext;

	/**
	 * Creates an extension running a simulator with the defaults, on a free port.
	 */
	public SmartcarSimulatorExtension() {
		this(new SmartcarSimulator());
	}

	/**
	 * Creates an extension running the given simulator, for example one on a fixed port
	 * or with redirect URIs registered.
	 * @param simulator the simulator to start and stop
	 */
	public SmartcarSimulatorExtension(SmartcarSimulator simulator) {
		this.simulator = Objects.requireNonNull(simulator, "simulator");
	}

	/**
	 * The simulator, started if it was not running.
	 * @return the running simulator
	 */
	public SmartcarSimulator simulator() {
		return this.simulator.start();
	}

	/**
	 * Starts the simulator for the outermost test class that registered this extension.
	 * @param context the class's extension context
	 */
	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.classContext == null) {
			this.classContext = context;
		}
		this.simulator.start();
	}

	/**
	 * Stops the simulator after the outermost test class that registered this extension.
	 * @param context the class's extension context
	 */
	@Override
	public void afterAll(ExtensionContext context) {
		if (context == this.classContext) {
			this.classContext = null;
			this.simulator.stop();
		}
	}

	/**
	 * Resets injected faults and request counts and reconnects disconnected cars. When
	 * the extension is registered in an instance field, also starts the simulator and has
	 * JUnit close it after the test.
	 * @param context the test's extension context
	 */
	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.classContext == null) {
			this.simulator.start();
			context.getStore(NAMESPACE).put(SmartcarSimulator.class, this.simulator);
		}
		this.simulator.reset();
	}

	/**
	 * Whether a parameter is a {@link SmartcarSimulator}.
	 * @param parameterContext the parameter
	 * @param extensionContext the extension context
	 * @return {@code true} for {@link SmartcarSimulator} parameters
	 */
	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == SmartcarSimulator.class;
	}

	/**
	 * Resolves a {@link SmartcarSimulator} parameter to the running simulator.
	 * @param parameterContext the parameter
	 * @param extensionContext the extension context
	 * @return the simulator
	 */
	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return simulator();
	}

}
