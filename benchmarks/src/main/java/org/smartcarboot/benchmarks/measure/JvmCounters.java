package org.smartcarboot.benchmarks.measure;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

/**
 * What this JVM spent, read from its management beans: heap bytes allocated per thread,
 * threads started and process CPU time. The stub runs in another process, so all of it is
 * the clients' (with the JIT compiler and the garbage collector).
 *
 * @param allocatedByThread bytes allocated so far by each live thread, by thread id
 * @param threadsStarted threads started since the JVM started
 * @param cpuNanos CPU time of the process
 */
record JvmCounters(Map<Long, Long> allocatedByThread, long threadsStarted, long cpuNanos) {

	private static final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

	private static final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	/**
	 * Reads the counters now.
	 * @return the counters
	 */
	static JvmCounters now() {
		long[] ids = threads.getAllThreadIds();
		long[] bytes = threads.getThreadAllocatedBytes(ids);
		Map<Long, Long> allocated = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			if (bytes[i] >= 0) {
				allocated.put(ids[i], bytes[i]);
			}
		}
		return new JvmCounters(allocated, threads.getTotalStartedThreadCount(), os.getProcessCpuTime());
	}

	/**
	 * Returns the heap bytes allocated since an earlier reading by the threads alive now
	 * (a thread that ended meanwhile is not counted, nor what it allocated).
	 * @param earlier the earlier reading
	 * @return the bytes
	 */
	long allocatedSince(JvmCounters earlier) {
		long sum = 0;
		for (Map.Entry<Long, Long> thread : this.allocatedByThread.entrySet()) {
			sum += thread.getValue() - earlier.allocatedByThread.getOrDefault(thread.getKey(), 0L);
		}
		return sum;
	}

}
