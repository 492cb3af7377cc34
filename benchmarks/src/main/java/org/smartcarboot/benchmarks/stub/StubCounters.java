package org.smartcarboot.benchmarks.stub;

import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.http.trafficlistener.WiremockNetworkTrafficListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * Counts, inside the stub's process, the connections it accepted and the requests each
 * stub served (unmatched ones under {@value #UNMATCHED}), and serves the counts as JSON
 * at {@code GET /__admin/benchmarks/counters}: {@code {"connections": n, "requests":
 * {"odometer": n, ...}}}. The counts only grow; the benchmark subtracts two readings.
 */
final class StubCounters implements WiremockNetworkTrafficListener, ServeEventListener, AdminApiExtension {

	/**
	 * Name under which requests no stub matched are counted.
	 */
	static final String UNMATCHED = "unmatched";

	/**
	 * Path of the counters below {@code /__admin}.
	 */
	static final String PATH = "/benchmarks/counters";

	private final LongAdder connections = new LongAdder();

	private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

	@Override
	public String getName() {
		return "benchmark-counters";
	}

	@Override
	public void opened(Socket socket) {
		this.connections.increment();
	}

	@Override
	public void incoming(Socket socket, ByteBuffer bytes) {
	}

	@Override
	public void outgoing(Socket socket, ByteBuffer bytes) {
	}

	@Override
	public void closed(Socket socket) {
	}

	@Override
	public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
		StubMapping stub = serveEvent.getStubMapping();
		String name = (serveEvent.getWasMatched() && stub != null && stub.getName() != null) ? stub.getName()
				: UNMATCHED;
		this.requests.computeIfAbsent(name, (key) -> new LongAdder()).increment();
	}

	@Override
	public boolean applyGlobally() {
		return true;
	}

	@Override
	public void contributeAdminApiRoutes(Router router) {
		router.add(RequestMethod.GET, PATH, (admin, serveEvent, pathParams) -> ResponseDefinition
			.okForJson(Map.of("connections", this.connections.sum(), "requests", snapshot())));
	}

	private Map<String, Long> snapshot() {
		Map<String, Long> counts = new TreeMap<>();
		this.requests.forEach((name, count) -> counts.put(name, count.sum()));
		return counts;
	}

}
