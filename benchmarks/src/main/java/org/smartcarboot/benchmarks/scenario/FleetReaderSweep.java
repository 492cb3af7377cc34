package org.smartcarboot.benchmarks.scenario;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.smartcarboot.benchmarks.BenchmarkContext;
import org.smartcarboot.benchmarks.DaemonThreads;
import org.smartcarboot.fleet.FleetVehicle;
import org.smartcarboot.fleet.SmartcarFleetReader;
import org.smartcarboot.vehicle.SmartcarVehicleService;

/**
 * The fleet sweep of the library's {@link SmartcarFleetReader}, on a fixed pool of as
 * many threads as reads may run at once, as the starter's own executor has on Java 17.
 */
public final class FleetReaderSweep implements FleetSweep {

	@Override
	public String name() {
		return "fleet-reader";
	}

	@Override
	public int sweep(SmartcarVehicleService driver, List<String> vehicleIds, int concurrency)
			throws InterruptedException {
		ExecutorService executor = Executors.newFixedThreadPool(concurrency, DaemonThreads.named("fleet-reader-"));
		try {
			SmartcarFleetReader reader = SmartcarFleetReader.builder(driver, executor).concurrency(concurrency).build();
			return reader.read(FleetVehicle.of(BenchmarkContext.DRIVER, vehicleIds), (vehicle) -> vehicle.odometer())
				.values()
				.size();
		}
		finally {
			executor.shutdownNow();
		}
	}

}
