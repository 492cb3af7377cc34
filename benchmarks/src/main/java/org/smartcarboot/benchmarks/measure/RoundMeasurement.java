package org.smartcarboot.benchmarks.measure;

/**
 * What one contender did in one round.
 *
 * @param calls the calls made
 * @param elapsedNanos the time from the start until the last call ended
 * @param latencyNanos the duration of each call
 * @param allocatedBytes heap bytes allocated by this JVM's threads
 * @param threadsStarted threads this JVM started
 * @param cpuNanos CPU time of this JVM
 * @param connections connections the stub accepted
 */
public record RoundMeasurement(long calls, long elapsedNanos, long[] latencyNanos, long allocatedBytes,
		long threadsStarted, long cpuNanos, long connections) {

	/**
	 * Returns the throughput of the round.
	 * @return calls per second
	 */
	public double callsPerSecond() {
		return this.calls * 1e9 / this.elapsedNanos;
	}

}
