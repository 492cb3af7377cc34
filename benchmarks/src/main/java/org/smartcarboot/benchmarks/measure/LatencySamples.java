package org.smartcarboot.benchmarks.measure;

import java.util.Arrays;

/**
 * The call durations one worker thread records, in a growing array.
 */
final class LatencySamples {

	private long[] nanos = new long[1024];

	private int size;

	void add(long duration) {
		if (this.size == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.size * 2);
		}
		this.nanos[this.size++] = duration;
	}

	int size() {
		return this.size;
	}

	long[] toArray() {
		return Arrays.copyOf(this.nanos, this.size);
	}

}
