package org.smartcarboot.benchmarks.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.smartcarboot.benchmarks.DaemonThreads;
import org.smartcarboot.benchmarks.stub.StubProcess;

/**
 * Runs one contender for a while on a number of worker threads, each calling for the
 * vehicles in turn, and measures the round: calls, call durations, heap allocated,
 * threads started, CPU time and the connections the stub accepted. The worker threads
 * exist before the first round, so they count as none started. The counters are read
 * while the workers wait at the start line and after the last one is done.
 */
public final class RoundRunner implements AutoCloseable {

	private final ExecutorService workers;

	private final int maxThreads;

	private final List<String> vehicleIds;

	private final StubProcess stub;

	/**
	 * Creates a runner and starts its worker threads.
	 * @param maxThreads the most threads a round runs on
	 * @param vehicleIds the vehicles the calls are for, in turn
	 * @param stub the stub, whose connections are counted
	 */
	public RoundRunner(int maxThreads, List<String> vehicleIds, StubProcess stub) {
		this.workers = Executors.newFixedThreadPool(maxThreads, DaemonThreads.named("benchmark-worker-"));
		this.maxThreads = maxThreads;
		this.vehicleIds = List.copyOf(vehicleIds);
		this.stub = stub;
		prestart();
	}

	/**
	 * Runs one round.
	 * @param contender the contender
	 * @param threads the number of threads calling at once
	 * @param duration how long the threads start new calls
	 * @return the measurement
	 * @throws IllegalStateException when a call failed, or the stub matched no stub for a
	 * request
	 */
	public RoundMeasurement run(Contender contender, int threads, Duration duration) {
		if (threads > this.maxThreads) {
			throw new IllegalArgumentException("threads must be at most " + this.maxThreads + ", was " + threads);
		}
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch start = new CountDownLatch(1);
		long[] deadline = new long[1];
		List<Future<LatencySamples>> results = new ArrayList<>();
		for (int worker = 0; worker < threads; worker++) {
			int first = worker;
			results.add(this.workers.submit(() -> {
				ready.countDown();
				start.await();
				return callUntil(contender.call(), first, threads, deadline[0]);
			}));
		}
		await(ready);
		StubProcess.Counters stubBefore = this.stub.counters();
		JvmCounters before = JvmCounters.now();
		long startNanos = System.nanoTime();
		deadline[0] = startNanos + duration.toNanos();
		start.countDown();
		List<LatencySamples> samples = collect(contender, results);
		long elapsed = System.nanoTime() - startNanos;
		JvmCounters after = JvmCounters.now();
		StubProcess.Counters stubCounted = this.stub.counters().since(stubBefore);
		if (stubCounted.unmatched() > 0) {
			throw new IllegalStateException(contender.name() + " sent " + stubCounted.unmatched()
					+ " requests that no stub matched (without a token?)");
		}
		long[] latencies = samples.stream().flatMapToLong((worker) -> LongStream.of(worker.toArray())).toArray();
		return new RoundMeasurement(latencies.length, elapsed, latencies, after.allocatedSince(before),
				after.threadsStarted() - before.threadsStarted(), after.cpuNanos() - before.cpuNanos(),
				stubCounted.connections());
	}

	private LatencySamples callUntil(VehicleCall call, int first, int step, long deadline) throws Exception {
		LatencySamples samples = new LatencySamples();
		int vehicle = first;
		while (System.nanoTime() < deadline) {
			String vehicleId = this.vehicleIds.get(vehicle % this.vehicleIds.size());
			long started = System.nanoTime();
			call.call(vehicleId);
			samples.add(System.nanoTime() - started);
			vehicle += step;
		}
		return samples;
	}

	private static List<LatencySamples> collect(Contender contender, List<Future<LatencySamples>> results) {
		List<LatencySamples> samples = new ArrayList<>();
		IllegalStateException failure = null;
		for (Future<LatencySamples> result : results) {
			try {
				samples.add(result.get());
			}
			catch (ExecutionException ex) {
				if (failure == null) {
					failure = new IllegalStateException(contender.name() + " failed: " + ex.getCause(), ex.getCause());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while " + contender.name() + " ran", ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
		return samples;
	}

	private void prestart() {
		CountDownLatch started = new CountDownLatch(this.maxThreads);
		CountDownLatch release = new CountDownLatch(1);
		for (int i = 0; i < this.maxThreads; i++) {
			this.workers.execute(() -> {
				started.countDown();
				await(release);
			});
		}
		await(started);
		release.countDown();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/**
	 * Stops the worker threads.
	 */
	@Override
	public void close() {
		this.workers.shutdownNow();
	}

}
