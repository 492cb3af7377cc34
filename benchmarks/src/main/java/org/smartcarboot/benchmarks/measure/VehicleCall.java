package org.smartcarboot.benchmarks.measure;

/**
 * One call a client makes for a vehicle, such as reading its odometer. It throws when the
 * call fails or its answer does not hold the expected value, which stops the benchmark.
 */
@FunctionalInterface
public interface VehicleCall {

	/**
	 * Makes the call.
	 * @param vehicleId the vehicle
	 * @throws Exception when the call fails
	 */
	void call(String vehicleId) throws Exception;

}
