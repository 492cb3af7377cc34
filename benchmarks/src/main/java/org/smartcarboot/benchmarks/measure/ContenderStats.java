package org.smartcarboot.benchmarks.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The rounds of one contender in one mode (sequential or concurrent), summarized.
 */
public final class ContenderStats {

	private final List<RoundMeasurement> rounds = new ArrayList<>();

	void add(RoundMeasurement round) {
		this.rounds.add(round);
	}

	/**
	 * Returns the throughput of each round: its median and range.
	 * @return calls per second
	 */
	public Spread callsPerSecond() {
		return Spread.of(this.rounds.stream().mapToDouble(RoundMeasurement::callsPerSecond).toArray());
	}

	/**
	 * Returns this contender's throughput divided by another's, round by round: their
	 * median and range. Both ran in the same rounds, one after the other.
	 * @param other the other contender, in the same mode
	 * @return the ratios
	 */
	public Spread ratioTo(ContenderStats other) {
		double[] ratios = new double[this.rounds.size()];
		for (int i = 0; i < ratios.length; i++) {
			ratios[i] = this.rounds.get(i).callsPerSecond() / other.rounds.get(i).callsPerSecond();
		}
		return Spread.of(ratios);
	}

	/**
	 * Returns a percentile of the latency of all calls of all rounds.
	 * @param percentile the percentile, such as {@code 99}
	 * @return the latency in microseconds
	 */
	public double latencyMicros(double percentile) {
		long[] sorted = this.rounds.stream()
			.flatMapToLong((round) -> Arrays.stream(round.latencyNanos()))
			.sorted()
			.toArray();
		int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e3;
	}

	/**
	 * Returns the heap bytes allocated per call.
	 * @return bytes per call
	 */
	public double bytesPerCall() {
		return perCall(RoundMeasurement::allocatedBytes);
	}

	/**
	 * Returns the threads started per call.
	 * @return threads per call
	 */
	public double threadsPerCall() {
		return perCall(RoundMeasurement::threadsStarted);
	}

	/**
	 * Returns the CPU time of this JVM per call.
	 * @return microseconds per call
	 */
	public double cpuMicrosPerCall() {
		return perCall(RoundMeasurement::cpuNanos) / 1e3;
	}

	/**
	 * Returns the connections the stub accepted per thousand calls.
	 * @return connections per thousand calls
	 */
	public double connectionsPerThousandCalls() {
		return perCall(RoundMeasurement::connections) * 1000;
	}

	private double perCall(ToLongFunction<RoundMeasurement> counter) {
		long calls = this.rounds.stream().mapToLong(RoundMeasurement::calls).sum();
		return (double) this.rounds.stream().mapToLong(counter).sum() / calls;
	}

}
