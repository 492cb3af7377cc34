package org.smartcarboot.fleet;

import org.springframework.util.Assert;

/**
 * How far a fleet read is: how many of its vehicles were read, how many failed, and how
 * many there are. A vehicle waiting out a rate limit counts as neither yet.
 *
 * @param succeeded the vehicles read successfully so far
 * @param failed the vehicles whose read failed for good so far
 * @param total the vehicles of the read
 */
public record FleetProgress(int succeeded, int failed, int total) {

	/**
	 * Creates a progress report.
	 * @param succeeded the vehicles read successfully so far
	 * @param failed the vehicles whose read failed for good so far
	 * @param total the vehicles of the read
	 * @throws IllegalArgumentException when a count is negative or the finished ones are
	 * more than the total
	 */
	public FleetProgress {
		Assert.isTrue(succeeded >= 0 && failed >= 0 && succeeded + failed <= total, () -> "succeeded (" + succeeded
				+ ") and failed (" + failed + ") must not be negative nor more than total (" + total + ")");
	}

	/**
	 * Returns how many vehicles are finished, successfully or not.
	 * @return the succeeded and failed vehicles
	 */
	public int completed() {
		return this.succeeded + this.failed;
	}

	/**
	 * Returns whether every vehicle is finished.
	 * @return {@code true} when no vehicle is left to read
	 */
	public boolean isDone() {
		return completed() == this.total;
	}

}
