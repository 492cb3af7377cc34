package org.smartcarboot.benchmarks.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcarboot.benchmarks.BenchmarkContext;
import org.smartcarboot.benchmarks.BenchmarkOptions;
import org.smartcarboot.benchmarks.Report;
import org.smartcarboot.benchmarks.measure.Spread;
import org.smartcarboot.benchmarks.stub.StubMappings;
import org.smartcarboot.benchmarks.tokens.DriverTokens;
import org.smartcarboot.benchmarks.transport.TransportCandidate;
import org.smartcarboot.vehicle.SmartcarVehicleService;

/**
 * A fleet sweep: the odometers of many vehicles (1,000 by default) that each take a while
 * to answer (100 ms), with at most C reads at once (50), by each {@link FleetSweep} on
 * each transport, interleaved. The wall time is compared with the ideal
 * {@code ceil(vehicles / C) x latency}: the time C perfectly parallel lanes would take.
 */
public final class FleetSweepScenario implements Scenario {

	/**
	 * The ways of sweeping that are measured.
	 */
	static final List<FleetSweep> SWEEPS = List.of(new FleetReaderSweep(), new FixedExecutorFleetSweep());

	@Override
	public String name() {
		return "fleet";
	}

	@Override
	public void run(BenchmarkContext context) throws Exception {
		BenchmarkOptions options = context.options();
		int concurrency = options.fleetConcurrency();
		List<String> fleet = BenchmarkContext.vehicleIds(StubMappings.SLOW_PREFIX, options.fleetVehicles());
		long idealMillis = (long) Math.ceil((double) fleet.size() / concurrency) * options.fleetLatency().toMillis();
		try (DriverTokens tokens = DriverTokens.inMemory(context.stub().baseUrl())) {
			tokens.store(BenchmarkContext.DRIVER, BenchmarkContext.ACCESS_TOKEN, Duration.ofHours(2));
			List<Run> runs = new ArrayList<>();
			for (TransportCandidate transport : context.transports()) {
				SmartcarVehicleService driver = tokens.service(transport, context.stub().baseUrl())
					.forUser(BenchmarkContext.DRIVER);
				SWEEPS.forEach((sweep) -> runs.add(new Run(transport.name(), sweep, driver)));
			}
			context.progress().accept("fleet: warming up " + runs.size() + " sweeps");
			for (Run run : runs) {
				run.sweep(fleet.subList(0, Math.min(fleet.size(), 2 * concurrency)), concurrency);
			}
			Map<Run, List<Double>> millis = new LinkedHashMap<>();
			runs.forEach((run) -> millis.put(run, new ArrayList<>()));
			for (int round = 0; round < options.fleetRounds(); round++) {
				context.progress().accept("fleet: round " + (round + 1) + " of " + options.fleetRounds());
				for (int i = 0; i < runs.size(); i++) {
					Run run = runs.get((round + i) % runs.size());
					millis.get(run).add(run.sweep(fleet, concurrency));
				}
			}
			report(context, millis, idealMillis);
		}
	}

	private static void report(BenchmarkContext context, Map<Run, List<Double>> millis, long idealMillis) {
		BenchmarkOptions options = context.options();
		Report.Table table = context.report()
			.table("Fleet sweep: " + options.fleetVehicles() + " vehicles, " + options.fleetLatency().toMillis()
					+ " ms per read, at most " + options.fleetConcurrency() + " at once (rounds: "
					+ options.fleetRounds() + "); ideal " + idealMillis + " ms", "transport", "sweep", "wall ms",
					"wall / ideal");
		context.report().result("fleet_ideal_ms", idealMillis, 0);
		millis.forEach((run, times) -> {
			Spread wall = Spread.of(times.stream().mapToDouble(Double::doubleValue).toArray());
			Spread ratio = wall.dividedBy(idealMillis);
			table.row(run.transport(), run.sweep().name(), wall.format("%.0f"), ratio.format("%.2f"));
			String key = "fleet_" + run.sweep().name().replace('-', '_') + "_" + run.transport().replace('-', '_');
			context.report().result(key + "_ms", wall.median(), 0);
			context.report().result(key + "_vs_ideal", ratio.median(), 2);
		});
		table.print();
	}

	/**
	 * One way of sweeping on one transport.
	 */
	private record Run(String transport, FleetSweep sweep, SmartcarVehicleService driver) {

		double sweep(List<String> vehicleIds, int concurrency) throws Exception {
			long started = System.nanoTime();
			int succeeded = this.sweep.sweep(this.driver, vehicleIds, concurrency);
			double millis = (System.nanoTime() - started) / 1e6;
			if (succeeded != vehicleIds.size()) {
				throw new IllegalStateException(this.sweep.name() + " on " + this.transport + " read " + succeeded
						+ " of " + vehicleIds.size() + " vehicles");
			}
			return millis;
		}

	}

}
