package org.smartcarboot.benchmarks;

import java.util.concurrent.ThreadFactory;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Thread factories of the benchmark's own pools: daemon threads, so that a failed
 * benchmark never hangs the JVM.
 */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	/**
	 * Returns a factory of daemon threads.
	 * @param prefix the start of the threads' names
	 * @return the factory
	 */
	public static ThreadFactory named(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

}
