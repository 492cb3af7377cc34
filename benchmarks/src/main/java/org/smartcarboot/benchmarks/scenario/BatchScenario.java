package org.smartcarboot.benchmarks.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.smartcarboot.benchmarks.BenchmarkContext;
import org.smartcarboot.benchmarks.Report;
import org.smartcarboot.benchmarks.measure.Contender;
import org.smartcarboot.benchmarks.measure.ContenderStats;
import org.smartcarboot.benchmarks.measure.InterleavedRounds;
import org.smartcarboot.benchmarks.measure.RoundRunner;
import org.smartcarboot.benchmarks.measure.Spread;
import org.smartcarboot.benchmarks.measure.VehicleCall;
import org.smartcarboot.benchmarks.stub.StubProcess;
import org.smartcarboot.benchmarks.tokens.DriverTokens;
import org.smartcarboot.vehicle.BatchResponse;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;
import org.smartcarboot.vehicle.VehicleRead;

/**
 * Five reads of one car (odometer, location, fuel, battery, tire pressure) by one
 * {@code batch(...)} against five single calls, sequential, interleaved: the round trips
 * the stub counts for one set, and the time per set.
 */
public final class BatchScenario implements Scenario {

	private static final List<VehicleRead<?>> READS = List.of(VehicleRead.ODOMETER, VehicleRead.LOCATION,
			VehicleRead.FUEL, VehicleRead.BATTERY, VehicleRead.TIRE_PRESSURE);

	@Override
	public String name() {
		return "batch";
	}

	@Override
	public void run(BenchmarkContext context) throws Exception {
		List<String> car = BenchmarkContext.vehicleIds("", 1);
		try (DriverTokens tokens = DriverTokens.inMemory(context.stub().baseUrl());
				RoundRunner runner = new RoundRunner(1, car, context.stub())) {
			tokens.store(BenchmarkContext.DRIVER, BenchmarkContext.ACCESS_TOKEN, Duration.ofHours(2));
			SmartcarVehicleService driver = tokens.service(context.today(), context.stub().baseUrl())
				.forUser(BenchmarkContext.DRIVER);
			Contender batch = new Contender("batch", (vehicleId) -> readByBatch(driver.vehicle(vehicleId)));
			Contender singles = new Contender("5 single calls", (vehicleId) -> readOneByOne(driver.vehicle(vehicleId)));
			long batchTrips = roundTrips(context.stub(), batch.call(), car.get(0));
			long singleTrips = roundTrips(context.stub(), singles.call(), car.get(0));
			Map<String, ContenderStats> stats = new InterleavedRounds(runner, context.options().throughput(),
					context.progress())
				.run("batch", List.of(batch, singles), 1);
			ContenderStats batchStats = stats.get(batch.name());
			ContenderStats singleStats = stats.get(singles.name());
			Spread speedup = batchStats.ratioTo(singleStats);
			context.report()
				.table("Five reads of one car on the " + context.today().name() + " transport, sequential", "how",
						"round trips", "sets/s", "p50 µs per set", "p99 µs per set")
				.row(batch.name(), Long.toString(batchTrips),
						Report.format("%.0f", batchStats.callsPerSecond().median()),
						Report.format("%.0f", batchStats.latencyMicros(50)),
						Report.format("%.0f", batchStats.latencyMicros(99)))
				.row(singles.name(), Long.toString(singleTrips),
						Report.format("%.0f", singleStats.callsPerSecond().median()),
						Report.format("%.0f", singleStats.latencyMicros(50)),
						Report.format("%.0f", singleStats.latencyMicros(99)))
				.print();
			context.report().note("Batch sets per second / single-call sets per second: " + speedup.format("%.2f"));
			context.report().result("batch_round_trips", batchTrips, 0);
			context.report().result("single_round_trips", singleTrips, 0);
			context.report().result("batch_vs_single_speed", speedup.median(), 2);
		}
	}

	private static void readByBatch(SmartcarVehicle vehicle) {
		BatchResponse answer = vehicle.batch(READS);
		for (VehicleRead<?> read : READS) {
			if (answer.get(read).value() == null) {
				throw new IllegalStateException("The batch answer holds no value for " + read);
			}
		}
	}

	private static void readOneByOne(SmartcarVehicle vehicle) {
		Object[] values = { vehicle.odometer().value(), vehicle.location().value(), vehicle.fuel().value(),
				vehicle.battery().value(), vehicle.tirePressure().value() };
		for (Object value : values) {
			if (value == null) {
				throw new IllegalStateException("A single read answered no value");
			}
		}
	}

	private static long roundTrips(StubProcess stub, VehicleCall call, String vehicleId) throws Exception {
		StubProcess.Counters before = stub.counters();
		call.call(vehicleId);
		return stub.counters().since(before).apiRequests();
	}

}
