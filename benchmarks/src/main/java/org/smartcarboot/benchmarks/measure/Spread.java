package org.smartcarboot.benchmarks.measure;

import java.util.Arrays;
import java.util.Locale;

/**
 * The median of values measured in several rounds, and their range.
 *
 * @param median the median
 * @param min the smallest value
 * @param max the largest value
 */
public record Spread(double median, double min, double max) {

	/**
	 * Summarizes values.
	 * @param values the values, at least one
	 * @return their median and range
	 */
	public static Spread of(double... values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		double median = (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		return new Spread(median, sorted[0], sorted[sorted.length - 1]);
	}

	/**
	 * Divides the median and the range by a number.
	 * @param divisor the number
	 * @return the divided spread
	 */
	public Spread dividedBy(double divisor) {
		return new Spread(this.median / divisor, this.min / divisor, this.max / divisor);
	}

	/**
	 * Formats the median and the range, such as {@code 0.31 (0.28..0.35)}.
	 * @param format the format of each number, such as {@code %.2f}
	 * @return the text
	 */
	public String format(String format) {
		return String.format(Locale.ROOT, format + " (" + format + ".." + format + ")", this.median, this.min,
				this.max);
	}

}
