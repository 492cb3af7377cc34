package org.smartcarboot.benchmarks.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.smartcarboot.benchmarks.BenchmarkContext;
import org.smartcarboot.benchmarks.DaemonThreads;
import org.smartcarboot.benchmarks.Report;
import org.smartcarboot.benchmarks.measure.Spread;
import org.smartcarboot.benchmarks.stub.StubMappings;
import org.smartcarboot.benchmarks.stub.StubProcess;
import org.smartcarboot.benchmarks.tokens.DriverTokens;
import org.smartcarboot.vehicle.SmartcarVehicleService;

/**
 * Many concurrent calls for one driver whose access token has expired, with the in-memory
 * and with the JDBC token store: how many token requests reach the stub (the starter
 * refreshes once and lets the others wait for that refresh) and how long until every call
 * has its answer. Each round uses a new driver.
 */
public final class RefreshStampedeScenario implements Scenario {

	@Override
	public String name() {
		return "stampede";
	}

	@Override
	public void run(BenchmarkContext context) throws Exception {
		int callers = context.options().stampedeCallers();
		Report.Table table = context.report()
			.table(callers + " concurrent calls on one expired token, on the " + context.today().name()
					+ " transport (rounds: " + context.options().stampedeRounds() + ")", "token store",
					"token requests (per round)", "API requests (per round)", "ms until all answered");
		ExecutorService pool = Executors.newFixedThreadPool(callers, DaemonThreads.named("stampede-caller-"));
		try (DriverTokens memory = DriverTokens.inMemory(context.stub().baseUrl());
				DriverTokens jdbc = DriverTokens.h2(context.stub().baseUrl(), 20)) {
			for (DriverTokens tokens : List.of(memory, jdbc)) {
				stampede(context, tokens, pool, table);
			}
		}
		finally {
			pool.shutdownNow();
		}
		table.print();
	}

	private void stampede(BenchmarkContext context, DriverTokens tokens, ExecutorService pool, Report.Table table)
			throws Exception {
		int callers = context.options().stampedeCallers();
		int rounds = context.options().stampedeRounds();
		SmartcarVehicleService service = tokens.service(context.today(), context.stub().baseUrl());
		List<String> vehicles = BenchmarkContext.vehicleIds("", callers);
		long[] tokenRequests = new long[rounds];
		long[] apiRequests = new long[rounds];
		double[] millis = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			context.progress().accept("stampede, " + tokens.name() + " store: round " + (round + 1) + " of " + rounds);
			String driver = "stampede-driver-" + round;
			tokens.store(driver, "expired-access", Duration.ofMinutes(-1));
			StubProcess.Counters before = context.stub().counters();
			millis[round] = callAtOnce(pool, service.forUser(driver), vehicles);
			StubProcess.Counters counted = context.stub().counters().since(before);
			tokenRequests[round] = counted.requests(StubMappings.TOKEN);
			apiRequests[round] = counted.apiRequests();
			if (!Objects.equals(tokens.accessToken(driver), StubMappings.REFRESHED_ACCESS_TOKEN)) {
				throw new IllegalStateException("The refreshed token was not stored for " + driver);
			}
		}
		Spread time = Spread.of(millis);
		table.row(tokens.name(), join(tokenRequests), join(apiRequests), time.format("%.0f"));
		String key = "stampede_" + tokens.name();
		context.report().result(key + "_token_requests", Arrays.stream(tokenRequests).max().orElse(0), 0);
		context.report().result(key + "_ms", time.median(), 0);
	}

	/**
	 * Lets every caller read its vehicle at once and returns how long until all have
	 * their answer.
	 */
	private static double callAtOnce(ExecutorService pool, SmartcarVehicleService driver, List<String> vehicles)
			throws Exception {
		CountDownLatch ready = new CountDownLatch(vehicles.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> calls = new ArrayList<>();
		for (String vehicle : vehicles) {
			calls.add(pool.submit(() -> {
				ready.countDown();
				start.await();
				return driver.vehicle(vehicle).odometer();
			}));
		}
		ready.await();
		long started = System.nanoTime();
		start.countDown();
		for (Future<?> call : calls) {
			call.get();
		}
		return (System.nanoTime() - started) / 1e6;
	}

	private static String join(long[] counts) {
		return String.join(" ", Arrays.stream(counts).mapToObj(Long::toString).toList());
	}

}
