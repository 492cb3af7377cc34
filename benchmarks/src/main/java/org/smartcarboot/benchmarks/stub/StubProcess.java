package org.smartcarboot.benchmarks.stub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smartcarboot.benchmarks.BenchmarkClasspaths;
import org.smartcarboot.benchmarks.JavaProcess;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stub Smartcar ({@link StubServer}) in a process of its own, and the benchmark's
 * handle on it: its base URL and its {@link Counters}. The counters are read through
 * WireMock's admin API on one kept-alive connection, between measurements.
 */
public final class StubProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final JavaProcess process;

	private final String baseUrl;

	private final HttpClient control = HttpClient.newHttpClient();

	private final JsonMapper json = new JsonMapper();

	private StubProcess(JavaProcess process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts the stub and waits until it listens.
	 * @param classpaths the classpaths the build wrote
	 * @param slowLatency how long the slow vehicles take to answer
	 * @param containerThreads the stub's container threads
	 * @return the running stub
	 * @throws IOException when the stub does not start
	 */
	public static StubProcess start(BenchmarkClasspaths classpaths, Duration slowLatency, int containerThreads)
			throws IOException {
		JavaProcess process = JavaProcess.start(classpaths.stub(), StubServer.class.getName(),
				List.of("-Xmx512m", "-XX:+UseParallelGC"),
				List.of(Long.toString(slowLatency.toMillis()), Integer.toString(containerThreads)));
		try {
			String port = process.awaitLine(StubServer.READY, START_TIMEOUT);
			return new StubProcess(process, "http://127.0.0.1:" + port.trim());
		}
		catch (IOException ex) {
			process.close();
			throw ex;
		}
	}

	/**
	 * Returns the base URL of every stubbed Smartcar host.
	 * @return the base URL, such as {@code http://127.0.0.1:54321}
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Reads the stub's counters.
	 * @return the connections accepted and requests served since the stub started
	 * @throws IllegalStateException when the stub does not answer
	 */
	public Counters counters() {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/__admin" + StubCounters.PATH)).build();
		try {
			HttpResponse<byte[]> response = this.control.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The stub's counters answered " + response.statusCode());
			}
			return this.json.readValue(response.body(), Counters.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The stub's counters cannot be read", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the stub's counters", ex);
		}
	}

	/**
	 * Stops the stub.
	 */
	@Override
	public void close() {
		this.process.close();
	}

	/**
	 * What the stub counted since it started.
	 *
	 * @param connections the connections it accepted
	 * @param requests the requests each stub served, by stub name ({@link StubMappings}),
	 * requests no stub matched under {@code unmatched}
	 */
	public record Counters(long connections, Map<String, Long> requests) {

		/**
		 * Returns the requests a stub served.
		 * @param stub the stub's name
		 * @return the number of requests
		 */
		public long requests(String stub) {
			return this.requests.getOrDefault(stub, 0L);
		}

		/**
		 * Returns the requests of the vehicle API, each one round trip.
		 * @return the number of requests
		 */
		public long apiRequests() {
			return StubMappings.API_STUBS.stream().mapToLong(this::requests).sum();
		}

		/**
		 * Returns the requests no stub matched, such as a call without a bearer token.
		 * @return the number of requests
		 */
		public long unmatched() {
			return requests(StubCounters.UNMATCHED);
		}

		/**
		 * Returns what was counted since an earlier reading.
		 * @param earlier the earlier reading
		 * @return the differences
		 */
		public Counters since(Counters earlier) {
			Map<String, Long> counts = new TreeMap<>();
			this.requests.forEach((name, count) -> counts.put(name, count - earlier.requests(name)));
			return new Counters(this.connections - earlier.connections, counts);
		}

	}

}
