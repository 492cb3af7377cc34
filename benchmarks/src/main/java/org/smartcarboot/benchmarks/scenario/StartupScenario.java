package org.smartcarboot.benchmarks.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcarboot.benchmarks.BenchmarkClasspaths;
import org.smartcarboot.benchmarks.BenchmarkContext;
import org.smartcarboot.benchmarks.JavaProcess;
import org.smartcarboot.benchmarks.Report;
import org.smartcarboot.benchmarks.measure.Spread;
import org.smartcarboot.benchmarks.startup.app.StartupApp;

/**
 * Start-up time of {@link StartupApp}, each start a new JVM, interleaved: with Spring
 * Security's default login only ({@code web+security}), with a Smartcar OAuth2 login
 * configured through {@code spring.security.oauth2.client.*} ({@code oauth2-stack}: the
 * stack the starter needs, without it), and with the starter configured through
 * {@code smartcar.*} ({@code starter}). The time is the JVM's uptime when
 * {@code SpringApplication.run} returns (Tomcat listening). The starter's own cost is
 * {@code starter - oauth2-stack}, run by run.
 */
public final class StartupScenario implements Scenario {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	private static final Pattern READY = Pattern.compile("uptime_ms=(\\d+) cpu_ms=(\\d+) beans=(\\d+)");

	/**
	 * Parts of jar names that must not be on a start-up classpath: the benchmark's own
	 * dependencies that the app does not have, which Spring Boot would configure.
	 */
	private static final List<String> FOREIGN_JARS = List.of("wiremock", "java-sdk", "okhttp", "httpclient5",
			"jetty-client", "reactor-netty", "h2-", "HikariCP", "spring-jdbc");

	private static final String STARTER_AUTOCONFIGURATION = "smartcar-spring-boot-autoconfigure";

	private static final List<String> COMMON_ARGS = List.of("--server.port=0", "--spring.main.banner-mode=off",
			"--logging.level.root=warn", "--spring.jmx.enabled=false");

	@Override
	public String name() {
		return "startup";
	}

	@Override
	public void run(BenchmarkContext context) throws Exception {
		BenchmarkClasspaths classpaths = BenchmarkClasspaths.load();
		List<Variant> variants = List.of(
				new Variant("web+security", false, classpaths.startupWithoutStarter(), List.of()),
				new Variant("oauth2-stack", false, classpaths.startupWithoutStarter(), oauth2LoginArgs()),
				new Variant("starter", true, classpaths.startupWithStarter(), starterArgs()));
		variants.forEach(StartupScenario::checkClasspath);
		int runs = context.options().startupRuns();
		context.progress().accept("startup: one warm-up start of each app");
		for (Variant variant : variants) {
			start(variant);
		}
		Map<Variant, List<Start>> starts = new LinkedHashMap<>();
		variants.forEach((variant) -> starts.put(variant, new ArrayList<>()));
		for (int run = 0; run < runs; run++) {
			context.progress().accept("startup: run " + (run + 1) + " of " + runs);
			for (int i = 0; i < variants.size(); i++) {
				Variant variant = variants.get((run + i) % variants.size());
				starts.get(variant).add(start(variant));
			}
		}
		report(context, starts, variants);
	}

	private static void report(BenchmarkContext context, Map<Variant, List<Start>> starts, List<Variant> variants) {
		Report report = context.report();
		Report.Table table = report.table(
				"Start-up of the same app, interleaved (runs: " + context.options().startupRuns()
						+ "; when SpringApplication.run returns: the JVM's uptime, and the "
						+ "CPU time of its main thread, which other load on the machine changes less)",
				"app", "classpath", "wall ms", "main-thread CPU ms", "beans");
		for (Variant variant : variants) {
			List<Start> runs = starts.get(variant);
			Spread wall = Spread.of(runs.stream().mapToDouble(Start::millis).toArray());
			Spread cpu = Spread.of(runs.stream().mapToDouble(Start::cpuMillis).toArray());
			table.row(variant.name(), (variant.withStarter() ? "with" : "without") + " the starter",
					wall.format("%.0f"), cpu.format("%.0f"), Long.toString(runs.get(0).beans()));
			String key = "startup_" + variant.name().replaceAll("[^a-z0-9]+", "_");
			report.result(key + "_ms", wall.median(), 0);
			report.result(key + "_cpu_ms", cpu.median(), 0);
		}
		List<Start> starter = starts.get(variants.get(2));
		difference(report, table, "starter - oauth2-stack", "the starter's own cost", "startup_starter_own", starter,
				starts.get(variants.get(1)));
		difference(report, table, "starter - web+security", "with the stack it needs", "startup_starter_total", starter,
				starts.get(variants.get(0)));
		table.print();
	}

	/**
	 * Reports the differences of the starts of the same index, which ran one after the
	 * other.
	 */
	private static void difference(Report report, Report.Table table, String label, String meaning, String key,
			List<Start> minuend, List<Start> subtrahend) {
		double[] wall = new double[minuend.size()];
		double[] cpu = new double[minuend.size()];
		for (int i = 0; i < wall.length; i++) {
			wall[i] = minuend.get(i).millis() - subtrahend.get(i).millis();
			cpu[i] = minuend.get(i).cpuMillis() - subtrahend.get(i).cpuMillis();
		}
		Spread wallDifference = Spread.of(wall);
		Spread cpuDifference = Spread.of(cpu);
		table.row(label, meaning, wallDifference.format("%.0f"), cpuDifference.format("%.0f"), "");
		report.result(key + "_ms", wallDifference.median(), 0);
		report.result(key + "_cpu_ms", cpuDifference.median(), 0);
	}

	private static Start start(Variant variant) throws Exception {
		List<String> args = new ArrayList<>(COMMON_ARGS);
		args.addAll(variant.args());
		try (JavaProcess process = JavaProcess.start(variant.classpath(), StartupApp.class.getName(), List.of(),
				args)) {
			String line = process.awaitLine(StartupApp.READY, START_TIMEOUT);
			Matcher ready = READY.matcher(line);
			if (!ready.find()) {
				throw new IllegalStateException("Unexpected start-up line: " + line);
			}
			int exit = process.waitFor(START_TIMEOUT);
			if (exit != 0) {
				throw new IllegalStateException(variant.name() + " exited with " + exit);
			}
			return new Start(Long.parseLong(ready.group(1)), Long.parseLong(ready.group(2)),
					Long.parseLong(ready.group(3)));
		}
	}

	/**
	 * Checks that a start-up classpath holds none of the benchmark's own dependencies,
	 * and the starter's auto-configuration exactly when it should.
	 */
	private static void checkClasspath(Variant variant) {
		boolean starter = false;
		for (String entry : BenchmarkClasspaths.entries(variant.classpath())) {
			Path path = Path.of(entry);
			String file = path.getFileName().toString();
			if (FOREIGN_JARS.stream().anyMatch(file::startsWith)) {
				throw new IllegalStateException("The classpath of the start-up app '" + variant.name() + "' holds "
						+ entry + ", which the app does not have");
			}
			for (Path part : path) {
				starter |= part.toString().startsWith(STARTER_AUTOCONFIGURATION);
			}
		}
		if (starter != variant.withStarter()) {
			throw new IllegalStateException("The classpath of the start-up app '" + variant.name() + "' should "
					+ (variant.withStarter() ? "" : "not ") + "hold " + STARTER_AUTOCONFIGURATION);
		}
	}

	private static List<String> oauth2LoginArgs() {
		String registration = "--spring.security.oauth2.client.registration.smartcar.";
		String provider = "--spring.security.oauth2.client.provider.smartcar.";
		return List.of(registration + "client-id=benchmark-client", registration + "client-secret=benchmark-secret",
				registration + "client-authentication-method=client_secret_basic",
				registration + "authorization-grant-type=authorization_code",
				registration + "redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
				registration + "scope=read_vehicle_info,read_odometer",
				provider + "authorization-uri=https://connect.smartcar.com/oauth/authorize",
				provider + "token-uri=https://auth.smartcar.com/oauth/token",
				provider + "user-info-uri=https://api.smartcar.com/v2.0/user", provider + "user-name-attribute=id");
	}

	private static List<String> starterArgs() {
		return List.of("--smartcar.client-id=benchmark-client", "--smartcar.client-secret=benchmark-secret",
				"--smartcar.scopes=read_vehicle_info,read_odometer");
	}

	/**
	 * One app: its classpath and arguments.
	 */
	private record Variant(String name, boolean withStarter, String classpath, List<String> args) {

	}

	/**
	 * One start: the JVM's uptime and the CPU time of its main thread when the app had
	 * started, and its beans.
	 */
	private record Start(long millis, long cpuMillis, long beans) {

	}

}
