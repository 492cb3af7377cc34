package org.smartcarboot.benchmarks.scenario;

import org.smartcarboot.benchmarks.BenchmarkContext;

/**
 * One thing the benchmark measures; it prints its table and adds its headline numbers to
 * the result line.
 */
public interface Scenario {

	/**
	 * Returns the scenario's name, by which {@code --scenarios=...} selects it.
	 * @return the name
	 */
	String name();

	/**
	 * Measures and reports.
	 * @param context the stub, the transports, the options and the report
	 * @throws Exception when the measurement fails
	 */
	void run(BenchmarkContext context) throws Exception;

}
