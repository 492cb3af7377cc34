package org.smartcarboot.benchmarks.scenario;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.smartcarboot.benchmarks.DaemonThreads;
import org.smartcarboot.vehicle.SmartcarVehicleService;

/**
 * The fleet sweep an application writes today without a fleet API: a plain fixed executor
 * of as many threads as reads may run at once, each thread calling
 * {@code driver.vehicle(id).odometer()}. A failed read counts as not succeeded and does
 * not stop the others.
 */
public final class FixedExecutorFleetSweep implements FleetSweep {

	@Override
	public String name() {
		return "fixed-executor";
	}

	@Override
	public int sweep(SmartcarVehicleService driver, List<String> vehicleIds, int concurrency)
			throws InterruptedException {
		ExecutorService executor = Executors.newFixedThreadPool(concurrency, DaemonThreads.named("fleet-sweep-"));
		try {
			List<Callable<Object>> reads = vehicleIds.stream()
				.<Callable<Object>>map((vehicleId) -> () -> driver.vehicle(vehicleId).odometer())
				.toList();
			int succeeded = 0;
			for (Future<Object> read : executor.invokeAll(reads)) {
				try {
					read.get();
					succeeded++;
				}
				catch (ExecutionException ex) {
					// counted as not succeeded
				}
			}
			return succeeded;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
