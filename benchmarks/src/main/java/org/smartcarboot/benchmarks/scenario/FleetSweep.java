package org.smartcarboot.benchmarks.scenario;

import java.util.List;

import org.smartcarboot.vehicle.SmartcarVehicleService;

/**
 * A way to read the odometer of every vehicle of a fleet with at most a given number of
 * reads at once, measured by {@link FleetSweepScenario}. To measure another way, such as
 * a fleet API of the library, implement this interface and add an instance to
 * {@link FleetSweepScenario#SWEEPS}.
 */
public interface FleetSweep {

	/**
	 * Returns the name of this way, for the table and the result line.
	 * @return the name, lower case with dashes
	 */
	String name();

	/**
	 * Reads the odometer of every vehicle and returns when all reads are done.
	 * @param driver the service for the driver who owns the vehicles
	 * @param vehicleIds the vehicles
	 * @param concurrency the most reads at once
	 * @return the number of reads that succeeded
	 * @throws Exception when the sweep itself fails
	 */
	int sweep(SmartcarVehicleService driver, List<String> vehicleIds, int concurrency) throws Exception;

}
