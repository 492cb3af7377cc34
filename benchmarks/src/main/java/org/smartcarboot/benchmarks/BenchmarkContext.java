package org.smartcarboot.benchmarks;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.smartcarboot.benchmarks.stub.StubProcess;
import org.smartcarboot.benchmarks.transport.TransportCandidate;
import org.smartcarboot.benchmarks.transport.TransportCandidates;

/**
 * What every scenario works with.
 *
 * @param options the settings of the run
 * @param stub the stub Smartcar
 * @param transports the transport candidates, the one used today first
 * @param report where the tables and the result line go
 * @param progress receives progress lines
 */
public record BenchmarkContext(BenchmarkOptions options, StubProcess stub, List<TransportCandidate> transports,
		Report report, Consumer<String> progress) {

	/**
	 * Principal name of the driver whose stored tokens the calls use.
	 */
	public static final String DRIVER = "benchmark-driver";

	/**
	 * The access token stored for {@link #DRIVER}, and sent by the clients without the
	 * library.
	 */
	public static final String ACCESS_TOKEN = "benchmark-access";

	/**
	 * Returns the transport the starter uses by default.
	 * @return the Apache HttpClient transport
	 */
	public TransportCandidate today() {
		return this.transports.stream()
			.filter((transport) -> transport.name().equals(TransportCandidates.TODAY))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Returns ids of vehicles, shaped as Smartcar's (UUIDs), the same on every run.
	 * @param prefix the start of each id, such as the stub's slow prefix, or empty
	 * @param count the number of vehicles
	 * @return the ids
	 */
	public static List<String> vehicleIds(String prefix, int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> prefix + UUID.nameUUIDFromBytes(("vehicle-" + i).getBytes()))
			.toList();
	}

}
