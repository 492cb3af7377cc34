package org.smartcarboot.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.smartcarboot.benchmarks.scenario.BatchScenario;
import org.smartcarboot.benchmarks.scenario.FleetSweepScenario;
import org.smartcarboot.benchmarks.scenario.RefreshStampedeScenario;
import org.smartcarboot.benchmarks.scenario.Scenario;
import org.smartcarboot.benchmarks.scenario.StartupScenario;
import org.smartcarboot.benchmarks.scenario.ThroughputScenario;
import org.smartcarboot.benchmarks.stub.StubProcess;
import org.smartcarboot.benchmarks.transport.TransportCandidate;
import org.smartcarboot.benchmarks.transport.TransportCandidates;

/**
 * Runs the benchmark: starts the stub Smartcar in a process of its own, makes the
 * transport candidates, runs the selected scenarios, prints their tables on standard
 * output and then one {@code RESULT key=value ...} line; progress goes to standard error.
 *
 * <pre class="code">
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--scenarios=throughput,fleet] [--rounds=5] ...
 * </pre>
 *
 * See {@link BenchmarkOptions} for every option.
 */
public final class Benchmarks {

	private static final List<Scenario> SCENARIOS = List.of(new ThroughputScenario(), new RefreshStampedeScenario(),
			new BatchScenario(), new FleetSweepScenario(), new StartupScenario());

	private Benchmarks() {
	}

	/**
	 * Runs the benchmark.
	 * @param args the options, such as {@code --quick}
	 * @throws Exception when a measurement fails
	 */
	public static void main(String[] args) throws Exception {
		BenchmarkOptions options = BenchmarkOptions.parse(args, System.getProperties());
		Report report = new Report(System.out);
		Consumer<String> progress = (line) -> System.err.println("[benchmarks] " + line);
		double loadAtStart = systemLoad();
		int cpus = Runtime.getRuntime().availableProcessors();
		report.note("Smartcar benchmarks" + (options.quick() ? " (quick run: the numbers mean little)" : "") + ", "
				+ cpus + " CPUs, load average " + Report.format("%.2f", loadAtStart) + ", Java "
				+ System.getProperty("java.version") + ", " + options.throughput().rounds() + " rounds of "
				+ options.throughput().round().toMillis() + " ms per contender after "
				+ options.throughput().warmup().toMillis() + " ms of warm-up");
		report.result("quick", Boolean.toString(options.quick()));
		report.result("cpus", cpus, 0);
		report.result("load_start", loadAtStart, 2);
		int containerThreads = Math.max(options.threads(), options.fleetConcurrency()) + 16;
		try (StubProcess stub = StubProcess.start(BenchmarkClasspaths.load(), options.fleetLatency(),
				containerThreads)) {
			List<TransportCandidate> transports = TransportCandidates.create(options.poolSize());
			try {
				BenchmarkContext context = new BenchmarkContext(options, stub, transports, report, progress);
				for (Scenario scenario : SCENARIOS) {
					if (options.runs(scenario.name())) {
						scenario.run(context);
					}
				}
			}
			finally {
				close(transports);
			}
		}
		report.result("load_end", systemLoad(), 2);
		report.printResultLine();
	}

	private static double systemLoad() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void close(List<TransportCandidate> transports) throws Exception {
		List<Exception> failures = new ArrayList<>();
		for (TransportCandidate transport : transports) {
			try {
				transport.close();
			}
			catch (Exception ex) {
				failures.add(ex);
			}
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

}
