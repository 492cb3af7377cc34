package org.smartcarboot.benchmarks.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcarboot.benchmarks.BenchmarkContext;
import org.smartcarboot.benchmarks.BenchmarkOptions;
import org.smartcarboot.benchmarks.Report;
import org.smartcarboot.benchmarks.clients.OdometerClients;
import org.smartcarboot.benchmarks.measure.Contender;
import org.smartcarboot.benchmarks.measure.ContenderStats;
import org.smartcarboot.benchmarks.measure.InterleavedRounds;
import org.smartcarboot.benchmarks.measure.RoundRunner;
import org.smartcarboot.benchmarks.measure.Spread;
import org.smartcarboot.benchmarks.tokens.DriverTokens;
import org.smartcarboot.benchmarks.transport.TransportCandidate;
import org.smartcarboot.vehicle.SmartcarVehicleService;

/**
 * Odometer reads, sequential and on many threads over many vehicles, all contenders
 * interleaved in the same rounds: the official SDK, the JDK client used directly, and on
 * every transport candidate the starter (in-memory token store) and a bare
 * {@code RestClient}; plus the starter with the JDBC token store on today's transport.
 * Reports calls per second, latency percentiles, heap, CPU, threads and connections per
 * call, and the ratios the targets are set in; then how many statements one call runs on
 * the token table.
 */
public final class ThroughputScenario implements Scenario {

	private static final String SDK = "sdk";

	private static final String JDK_DIRECT = "jdk-direct";

	private static final String STARTER = "starter@";

	private static final String BARE = "bare@";

	private static final String STARTER_JDBC = "starter-jdbc@";

	private static final int STATEMENT_SAMPLE = 200;

	@Override
	public String name() {
		return "throughput";
	}

	@Override
	public void run(BenchmarkContext context) throws Exception {
		BenchmarkOptions options = context.options();
		String baseUrl = context.stub().baseUrl();
		String today = context.today().name();
		List<String> vehicles = BenchmarkContext.vehicleIds("", options.vehicles());
		try (DriverTokens memory = DriverTokens.inMemory(baseUrl);
				DriverTokens jdbc = DriverTokens.h2(baseUrl, options.threads() + 4);
				RoundRunner runner = new RoundRunner(options.threads(), vehicles, context.stub())) {
			memory.store(BenchmarkContext.DRIVER, BenchmarkContext.ACCESS_TOKEN, Duration.ofHours(2));
			jdbc.store(BenchmarkContext.DRIVER, BenchmarkContext.ACCESS_TOKEN, Duration.ofHours(2));
			SmartcarVehicleService jdbcDriver = jdbc.service(context.today(), baseUrl).forUser(BenchmarkContext.DRIVER);
			List<Contender> contenders = new ArrayList<>();
			contenders.add(OdometerClients.officialSdk(SDK, baseUrl, BenchmarkContext.ACCESS_TOKEN));
			contenders.add(OdometerClients.jdkHttpClient(JDK_DIRECT, baseUrl, BenchmarkContext.ACCESS_TOKEN));
			for (TransportCandidate transport : context.transports()) {
				contenders.add(OdometerClients.starter(STARTER + transport.name(),
						memory.service(transport, baseUrl).forUser(BenchmarkContext.DRIVER)));
				contenders.add(OdometerClients.bareRestClient(BARE + transport.name(), transport.requestFactory(),
						baseUrl, BenchmarkContext.ACCESS_TOKEN));
			}
			contenders.add(OdometerClients.starter(STARTER_JDBC + today, jdbcDriver));
			InterleavedRounds rounds = new InterleavedRounds(runner, options.throughput(), context.progress());
			Map<String, ContenderStats> sequential = rounds.run("throughput, sequential", contenders, 1);
			Map<String, ContenderStats> concurrent = rounds.run("throughput, " + options.threads() + " threads",
					contenders, options.threads());
			Results results = new Results(sequential, concurrent, today);
			reportClients(context, results);
			reportTransports(context, results);
			reportTokenStore(context, statementsPerCall(jdbc, jdbcDriver, vehicles.get(0)));
		}
	}

	/**
	 * Counts the statements on the token table of a sample of sequential calls.
	 */
	private static double statementsPerCall(DriverTokens jdbc, SmartcarVehicleService driver, String vehicleId) {
		long before = jdbc.statements();
		for (int i = 0; i < STATEMENT_SAMPLE; i++) {
			driver.vehicle(vehicleId).odometer();
		}
		return (double) (jdbc.statements() - before) / STATEMENT_SAMPLE;
	}

	private static void reportClients(BenchmarkContext context, Results results) {
		Report report = context.report();
		int threads = context.options().threads();
		Report.Table table = report.table(
				"Odometer reads on the " + results.today + " transport (what the starter uses today), per client; "
						+ "heap, CPU, threads and connections per call on " + threads + " threads",
				"client", "seq calls/s", "seq p50 µs", "seq p99 µs", threads + " thr calls/s", threads + " thr p50 µs",
				threads + " thr p99 µs", "KB/call", "CPU µs/call", "threads/call", "conns/1k calls");
		for (String name : List.of(SDK, JDK_DIRECT, BARE + results.today, STARTER + results.today,
				STARTER_JDBC + results.today)) {
			ContenderStats seq = results.sequential.get(name);
			ContenderStats conc = results.concurrent.get(name);
			table.row(name, Report.format("%.0f", seq.callsPerSecond().median()),
					Report.format("%.0f", seq.latencyMicros(50)), Report.format("%.0f", seq.latencyMicros(99)),
					Report.format("%.0f", conc.callsPerSecond().median()),
					Report.format("%.0f", conc.latencyMicros(50)), Report.format("%.0f", conc.latencyMicros(99)),
					Report.format("%.1f", conc.bytesPerCall() / 1024), Report.format("%.0f", conc.cpuMicrosPerCall()),
					Report.format("%.2f", conc.threadsPerCall()),
					Report.format("%.1f", conc.connectionsPerThousandCalls()));
			String key = resultKey(name);
			report.result("seq_" + key + "_cps", seq.callsPerSecond().median(), 0);
			report.result("seq_" + key + "_p50_us", seq.latencyMicros(50), 0);
			report.result("seq_" + key + "_p99_us", seq.latencyMicros(99), 0);
			report.result("c" + threads + "_" + key + "_cps", conc.callsPerSecond().median(), 0);
			report.result("c" + threads + "_" + key + "_p50_us", conc.latencyMicros(50), 0);
			report.result("c" + threads + "_" + key + "_p99_us", conc.latencyMicros(99), 0);
			report.result(key + "_bytes_per_call", conc.bytesPerCall(), 0);
			report.result(key + "_cpu_us_per_call", conc.cpuMicrosPerCall(), 0);
			report.result(key + "_threads_per_call", conc.threadsPerCall(), 2);
		}
		table.print();
		Report.Table ratios = report.table("Ratios of calls per second, median of the per-round ratios (range)",
				"ratio", "sequential", threads + " threads");
		ratio(context, results, ratios, "starter / SDK", "starter_vs_sdk", STARTER + results.today, SDK);
		ratio(context, results, ratios, "starter / bare RestClient", "starter_vs_bare", STARTER + results.today,
				BARE + results.today);
		ratio(context, results, ratios, "starter JDBC / starter in-memory", "jdbc_vs_memory",
				STARTER_JDBC + results.today, STARTER + results.today);
		ratio(context, results, ratios, "starter JDBC / bare RestClient", "jdbc_vs_bare", STARTER_JDBC + results.today,
				BARE + results.today);
		ratio(context, results, ratios, "bare RestClient / SDK", "bare_vs_sdk", BARE + results.today, SDK);
		ratio(context, results, ratios, "JDK HttpClient direct / SDK", "jdk_direct_vs_sdk", JDK_DIRECT, SDK);
		ratios.print();
	}

	private static void ratio(BenchmarkContext context, Results results, Report.Table table, String label, String key,
			String contender, String baseline) {
		Spread sequential = results.sequential.get(contender).ratioTo(results.sequential.get(baseline));
		Spread concurrent = results.concurrent.get(contender).ratioTo(results.concurrent.get(baseline));
		table.row(label, sequential.format("%.2f"), concurrent.format("%.2f"));
		context.report().result("seq_" + key, sequential.median(), 2);
		context.report().result("c" + context.options().threads() + "_" + key, concurrent.median(), 2);
	}

	private static void reportTransports(BenchmarkContext context, Results results) {
		Report report = context.report();
		int threads = context.options().threads();
		Report.Table table = report.table(
				"Transports: the starter (in-memory store) and a bare RestClient on each request factory; "
						+ "per-call numbers of the starter on " + threads + " threads",
				"transport", "starter seq calls/s", "starter " + threads + " thr calls/s", "starter/SDK seq",
				"starter/SDK " + threads + " thr", "starter/bare seq", "starter/bare " + threads + " thr",
				"bare " + threads + " thr calls/s", "p99 µs", "KB/call", "CPU µs/call", "threads/call",
				"conns/1k calls");
		for (TransportCandidate transport : context.transports()) {
			String starter = STARTER + transport.name();
			String bare = BARE + transport.name();
			ContenderStats seq = results.sequential.get(starter);
			ContenderStats conc = results.concurrent.get(starter);
			Spread vsSdkSeq = seq.ratioTo(results.sequential.get(SDK));
			Spread vsSdkConc = conc.ratioTo(results.concurrent.get(SDK));
			Spread vsBareSeq = seq.ratioTo(results.sequential.get(bare));
			Spread vsBareConc = conc.ratioTo(results.concurrent.get(bare));
			table.row(transport.name(), Report.format("%.0f", seq.callsPerSecond().median()),
					Report.format("%.0f", conc.callsPerSecond().median()), vsSdkSeq.format("%.2f"),
					vsSdkConc.format("%.2f"), vsBareSeq.format("%.2f"), vsBareConc.format("%.2f"),
					Report.format("%.0f", results.concurrent.get(bare).callsPerSecond().median()),
					Report.format("%.0f", conc.latencyMicros(99)), Report.format("%.1f", conc.bytesPerCall() / 1024),
					Report.format("%.0f", conc.cpuMicrosPerCall()), Report.format("%.2f", conc.threadsPerCall()),
					Report.format("%.1f", conc.connectionsPerThousandCalls()));
			String key = "tr_" + resultKey(transport.name());
			report.result(key + "_seq_cps", seq.callsPerSecond().median(), 0);
			report.result(key + "_c" + threads + "_cps", conc.callsPerSecond().median(), 0);
			report.result(key + "_seq_vs_sdk", vsSdkSeq.median(), 2);
			report.result(key + "_c" + threads + "_vs_sdk", vsSdkConc.median(), 2);
			report.result(key + "_seq_vs_bare", vsBareSeq.median(), 2);
			report.result(key + "_c" + threads + "_vs_bare", vsBareConc.median(), 2);
			report.result(key + "_bytes_per_call", conc.bytesPerCall(), 0);
			report.result(key + "_cpu_us_per_call", conc.cpuMicrosPerCall(), 0);
			report.result(key + "_threads_per_call", conc.threadsPerCall(), 2);
			report.result(key + "_conns_per_1k", conc.connectionsPerThousandCalls(), 1);
		}
		table.print();
		context.transports()
			.forEach((transport) -> report.note("- " + transport.name() + ": " + transport.description()));
	}

	private static void reportTokenStore(BenchmarkContext context, double statementsPerCall) {
		context.report()
			.note(Report.format("%.2f", statementsPerCall) + " statements on the token table per call with the JDBC "
					+ "store (" + STATEMENT_SAMPLE + " sequential calls with a valid token)" + ((statementsPerCall >= 1)
							? ": finding the authorized client is a database round trip on " + "every call." : "."));
		context.report().result("jdbc_statements_per_call", statementsPerCall, 2);
	}

	private static String resultKey(String contender) {
		return contender.replace("@", "_").replace("-", "_");
	}

	/**
	 * The results of both modes, and the name of today's transport.
	 */
	private record Results(Map<String, ContenderStats> sequential, Map<String, ContenderStats> concurrent,
			String today) {

	}

}
