package org.smartcarboot.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.smartcarboot.benchmarks.measure.Timing;

/**
 * The settings of a benchmark run, from {@code --name=value} arguments or
 * {@code -Dbenchmarks.name=value} system properties (arguments win). {@code --quick}
 * changes the defaults to a smoke run of about a minute whose numbers mean little.
 *
 * @param quick whether this is a smoke run
 * @param scenarios the scenarios to run, by name
 * @param throughput the timing of the throughput rounds
 * @param threads the threads calling at once in the concurrent rounds
 * @param vehicles the vehicles the throughput rounds read, in turn
 * @param poolSize the connection pool size of the transports that pool, and the threads
 * of the JDK client's explicit executor
 * @param stampedeCallers the concurrent callers on one expired token
 * @param stampedeRounds how often the stampede is repeated, on a new driver each time
 * @param fleetVehicles the vehicles of a fleet sweep
 * @param fleetConcurrency the most reads of a fleet sweep at once
 * @param fleetLatency how long the stub takes to answer a fleet sweep's reads
 * @param fleetRounds how often each fleet sweep runs
 * @param startupRuns how often each start-up app starts
 */
public record BenchmarkOptions(boolean quick, List<String> scenarios, Timing throughput, int threads, int vehicles,
		int poolSize, int stampedeCallers, int stampedeRounds, int fleetVehicles, int fleetConcurrency,
		Duration fleetLatency, int fleetRounds, int startupRuns) {

	/**
	 * Names of all scenarios, in the order they run.
	 */
	public static final List<String> ALL_SCENARIOS = List.of("throughput", "stampede", "batch", "fleet", "startup");

	private static final String PREFIX = "benchmarks.";

	private static final Set<String> NAMES = Set.of("scenarios", "rounds", "round-ms", "warmup-ms", "threads",
			"vehicles", "pool-size", "stampede-callers", "stampede-rounds", "fleet-vehicles", "fleet-concurrency",
			"fleet-latency-ms", "fleet-rounds", "startup-runs");

	/**
	 * Reads the options.
	 * @param args the program arguments
	 * @param systemProperties the system properties
	 * @return the options
	 * @throws IllegalArgumentException naming an unknown or malformed option
	 */
	public static BenchmarkOptions parse(String[] args, Properties systemProperties) {
		Map<String, String> values = new LinkedHashMap<>();
		systemProperties.stringPropertyNames()
			.stream()
			.filter((key) -> key.startsWith(PREFIX))
			.forEach((key) -> values.put(key.substring(PREFIX.length()), systemProperties.getProperty(key)));
		boolean quick = Boolean.parseBoolean(values.remove("quick"));
		for (String arg : args) {
			if (arg.equals("--quick")) {
				quick = true;
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else {
				throw new IllegalArgumentException(
						"Unknown argument '" + arg + "'; use --quick or --name=value with " + "a name of " + NAMES);
			}
		}
		values.keySet().stream().filter((name) -> !NAMES.contains(name)).findFirst().ifPresent((name) -> {
			throw new IllegalArgumentException("Unknown option '" + name + "'; known: " + NAMES);
		});
		Settings settings = new Settings(values, quick);
		List<String> scenarios = Arrays.asList(settings.text("scenarios", String.join(",", ALL_SCENARIOS)).split(","));
		scenarios.stream().filter((name) -> !ALL_SCENARIOS.contains(name)).findFirst().ifPresent((name) -> {
			throw new IllegalArgumentException("Unknown scenario '" + name + "'; known: " + ALL_SCENARIOS);
		});
		Timing throughput = new Timing(Duration.ofMillis(settings.number("warmup-ms", 2000, 300)),
				Duration.ofMillis(settings.number("round-ms", 500, 200)), settings.number("rounds", 10, 2));
		return new BenchmarkOptions(quick, scenarios, throughput, settings.number("threads", 16, 16),
				settings.number("vehicles", 200, 200), settings.number("pool-size", 64, 64),
				settings.number("stampede-callers", 200, 200), settings.number("stampede-rounds", 3, 1),
				settings.number("fleet-vehicles", 1000, 200), settings.number("fleet-concurrency", 50, 50),
				Duration.ofMillis(settings.number("fleet-latency-ms", 100, 100)), settings.number("fleet-rounds", 3, 1),
				settings.number("startup-runs", 7, 1));
	}

	/**
	 * Whether a scenario runs.
	 * @param name the scenario's name
	 * @return {@code true} when it was selected
	 */
	public boolean runs(String name) {
		return this.scenarios.contains(name);
	}

	/**
	 * The given values of the options, and the default of each in a full or quick run.
	 */
	private record Settings(Map<String, String> values, boolean quick) {

		String text(String name, String defaultValue) {
			return this.values.getOrDefault(name, defaultValue);
		}

		int number(String name, int full, int quick) {
			String value = this.values.get(name);
			if (value == null) {
				return this.quick ? quick : full;
			}
			try {
				int number = Integer.parseInt(value.trim());
				if (number < 1) {
					throw new IllegalArgumentException("Option '" + name + "' must be at least 1, was " + value);
				}
				return number;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Option '" + name + "' must be a whole number, was '" + value + "'",
						ex);
			}
		}

	}

}
