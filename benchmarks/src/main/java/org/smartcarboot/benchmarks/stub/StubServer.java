package org.smartcarboot.benchmarks.stub;

import java.io.IOException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * Main class of the stub Smartcar's own process: plain WireMock on the loopback interface
 * with {@link StubMappings}, enough container threads for every concurrent caller,
 * asynchronous responses (a delayed answer holds no container thread), no request journal
 * and no gzip, so that it spends as little CPU per request as WireMock can. It runs in a
 * process of its own so that its CPU time, allocations and threads never count as the
 * clients'. It prints {@value #READY}{@code <port>} once it listens, and stops when its
 * standard input closes.
 * <p>
 * Arguments: {@code <slow latency in ms> <container threads>}.
 */
public final class StubServer {

	/**
	 * Start of the line printed once the server listens, followed by its port.
	 */
	public static final String READY = "STUB_READY port=";

	private StubServer() {
	}

	/**
	 * Starts the stub and serves until standard input closes.
	 * @param args the latency of the slow vehicles in milliseconds and the number of
	 * container threads
	 * @throws IOException when standard input cannot be read
	 */
	public static void main(String[] args) throws IOException {
		Duration slowLatency = Duration.ofMillis(Long.parseLong(args[0]));
		int containerThreads = Integer.parseInt(args[1]);
		StubCounters counters = new StubCounters();
		WireMockServer server = new WireMockServer(WireMockConfiguration.options()
			.bindAddress("127.0.0.1")
			.dynamicPort()
			.containerThreads(containerThreads)
			.asynchronousResponseEnabled(true)
			.asynchronousResponseThreads(8)
			.disableRequestJournal()
			.gzipDisabled(true)
			.usingFilesUnderClasspath("org/smartcarboot/benchmarks/no-files")
			.notifier(new ConsoleNotifier(false))
			.networkTrafficListener(counters)
			.extensions(counters));
		StubMappings.all(slowLatency).forEach(server::stubFor);
		server.start();
		System.out.println(READY + server.port());
		System.out.flush();
		while (System.in.read() != -1) {
			// the benchmark writes nothing; end of input means it is done
		}
		server.stop();
	}

}
