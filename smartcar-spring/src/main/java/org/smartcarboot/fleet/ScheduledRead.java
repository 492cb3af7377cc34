package org.smartcarboot.fleet;

import java.time.Duration;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * A vehicle's turn in the queue of a fleet read, a
 * {@link java.util.concurrent.DelayQueue}: due at a time (now, or once a rate limit is
 * waited out), and among vehicles due at the same time in the order they were given. The
 * end marker tells the dispatching thread that every vehicle is finished.
 *
 * @param index the position of the vehicle among those of the read, or {@link #END}
 * @param dueNanos when the vehicle may be read, in {@link System#nanoTime()}
 */
record ScheduledRead(int index, long dueNanos) implements Delayed {

	/**
	 * The index of the end marker.
	 */
	static final int END = -1;

	/**
	 * Returns the turn of a vehicle after a wait.
	 * @param index the position of the vehicle
	 * @param wait how long from now
	 * @return the turn
	 */
	static ScheduledRead after(int index, Duration wait) {
		return new ScheduledRead(index, System.nanoTime() + wait.toNanos());
	}

	/**
	 * Returns the marker of the end of the read, due now.
	 * @return the end marker
	 */
	static ScheduledRead end() {
		return new ScheduledRead(END, System.nanoTime());
	}

	boolean isEnd() {
		return this.index == END;
	}

	@Override
	public long getDelay(TimeUnit unit) {
		return unit.convert(this.dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
	}

	@Override
	public int compareTo(Delayed other) {
		ScheduledRead read = (ScheduledRead) other;
		// nanoTime values are compared by their difference, which survives an overflow
		int byTime = Long.signum(this.dueNanos - read.dueNanos);
		return (byTime != 0) ? byTime : Integer.compare(this.index, read.index);
	}

}
