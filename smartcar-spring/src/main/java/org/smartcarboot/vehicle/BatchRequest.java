package org.smartcarboot.vehicle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.Assert;

/**
 * The reads of one batch request, checked before it is sent: at least one, none
 * {@code null}, no path twice.
 *
 * @param reads the reads, in the order given
 */
record BatchRequest(List<VehicleRead<?>> reads) {

	BatchRequest {
		reads = List.copyOf(checked(reads));
	}

	static BatchRequest of(List<? extends VehicleRead<?>> reads) {
		Assert.notNull(reads, "reads must not be null");
		return new BatchRequest(new ArrayList<>(reads));
	}

	private static List<VehicleRead<?>> checked(List<VehicleRead<?>> reads) {
		Assert.notNull(reads, "reads must not be null");
		Assert.isTrue(!reads.isEmpty(), "a batch needs at least one read");
		Set<String> paths = new HashSet<>();
		for (VehicleRead<?> read : reads) {
			Assert.notNull(read, () -> "reads must not contain null, was " + reads);
			Assert.isTrue(paths.add(read.path()), () -> "a batch reads each path once, " + read + " is there twice");
		}
		return reads;
	}

	/**
	 * Returns the JSON body Smartcar expects:
	 * {@code {"requests":[{"path":"/odometer"}]}}.
	 * @return the body
	 */
	Map<String, Object> body() {
		return Map.of("requests", this.reads.stream().map((read) -> Map.of("path", read.path())).toList());
	}

}
