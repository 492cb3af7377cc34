package org.smartcarboot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.smartcarboot.simulator.SmartcarSimulator;
import org.smartcarboot.simulator.SmartcarSimulatorExtension;

/**
 * Base of the tests that start the application on a real database beside the simulator: a
 * subclass annotated {@code @ParameterizedClass @EnumSource(TestDatabase.Kind.class)}
 * runs once on H2 and once on PostgreSQL (where one is configured), each test on a new
 * database.
 */
public abstract class DatabaseBackedTest {

	@RegisterExtension
	static final SmartcarSimulatorExtension smartcar = new SmartcarSimulatorExtension();

	@Parameter
	TestDatabase.Kind kind;

	/**
	 * The database of the current test.
	 */
	protected TestDatabase database;

	/**
	 * The simulator, reset before each test.
	 */
	protected SmartcarSimulator simulator;

	@BeforeEach
	void createDatabase() {
		this.database = this.kind.create();
		this.simulator = smartcar.simulator();
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

}
