package org.smartcarboot.benchmarks.transport;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.netty.channel.ChannelOption;
import org.smartcarboot.api.SmartcarHttpTransport;
import org.smartcarboot.api.SmartcarServiceBuilder;
import org.smartcarboot.benchmarks.DaemonThreads;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/**
 * The request factories Spring Framework offers, each set up as the starter would set it
 * up: the library's timeouts (connect 10 s, read 310 s), and where the client pools
 * connections, a pool sized for the benchmark's concurrency.
 */
public final class TransportCandidates {

	/**
	 * Name of the candidate the starter uses by default: Apache HttpClient 5 as
	 * {@link SmartcarHttpTransport#apacheHttpClient(int)} builds it.
	 */
	public static final String TODAY = "apache";

	private static final Duration CONNECT_TIMEOUT = SmartcarServiceBuilder.DEFAULT_CONNECT_TIMEOUT;

	private static final Duration READ_TIMEOUT = SmartcarServiceBuilder.DEFAULT_READ_TIMEOUT;

	private TransportCandidates() {
	}

	/**
	 * Makes every candidate.
	 * @param poolSize the most connections (and, for the JDK client's executor, threads)
	 * per candidate
	 * @return the candidates; {@link #TODAY} first
	 * @throws Exception when a client cannot be started
	 */
	public static List<TransportCandidate> create(int poolSize) throws Exception {
		return List.of(apache(poolSize), jdk(), jdkWithExecutor(poolSize), jetty(poolSize), reactor(poolSize),
				simple());
	}

	private static TransportCandidate jdkWithExecutor(int poolSize) {
		ExecutorService executor = Executors.newFixedThreadPool(poolSize, DaemonThreads.named("jdk-http-client-"));
		HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).executor(executor).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client, executor);
		factory.setReadTimeout(READ_TIMEOUT);
		return new TransportCandidate("jdk-executor",
				"JDK HttpClient with a fixed executor of " + poolSize + " threads", factory, executor::shutdownNow);
	}

	private static TransportCandidate apache(int poolSize) {
		HttpComponentsClientHttpRequestFactory factory = (HttpComponentsClientHttpRequestFactory) SmartcarHttpTransport
			.apacheHttpClient(poolSize)
			.requestFactory(CONNECT_TIMEOUT, READ_TIMEOUT);
		return new TransportCandidate(TODAY,
				"Apache HttpClient 5 classic as SmartcarHttpTransport.apacheHttpClient(" + poolSize
						+ ") builds it, the default: pool of " + poolSize
						+ " connections (total and per route), no automatic retries",
				factory, factory::destroy);
	}

	private static TransportCandidate jdk() {
		ClientHttpRequestFactory factory = SmartcarHttpTransport.jdk().requestFactory(CONNECT_TIMEOUT, READ_TIMEOUT);
		return new TransportCandidate("jdk",
				"JDK HttpClient, default executor (SmartcarHttpTransport.jdk(), Spring Boot's choice without Apache"
						+ " HttpClient)",
				factory, () -> {
				});
	}

	private static TransportCandidate jetty(int poolSize) throws Exception {
		org.eclipse.jetty.client.HttpClient client = new org.eclipse.jetty.client.HttpClient();
		client.setMaxConnectionsPerDestination(poolSize);
		client.setConnectTimeout(CONNECT_TIMEOUT.toMillis());
		client.start();
		JettyClientHttpRequestFactory factory = new JettyClientHttpRequestFactory(client);
		factory.setReadTimeout(READ_TIMEOUT);
		return new TransportCandidate("jetty",
				"Jetty 12 HttpClient, default thread pool, " + poolSize + " connections per destination", factory,
				client::stop);
	}

	private static TransportCandidate reactor(int poolSize) {
		ConnectionProvider connections = ConnectionProvider.builder("benchmarks")
			.maxConnections(poolSize)
			.pendingAcquireMaxCount(-1)
			.build();
		reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient.create(connections)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis());
		ReactorClientHttpRequestFactory factory = new ReactorClientHttpRequestFactory(client);
		factory.setReadTimeout(READ_TIMEOUT);
		return new TransportCandidate("reactor",
				"Reactor Netty HttpClient, default event loops, pool of " + poolSize + " connections", factory,
				connections::dispose);
	}

	private static TransportCandidate simple() {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(CONNECT_TIMEOUT);
		factory.setReadTimeout(READ_TIMEOUT);
		return new TransportCandidate(
				"simple", "HttpURLConnection (SimpleClientHttpRequestFactory), JDK keep-alive "
						+ "cache (http.maxConnections=" + System.getProperty("http.maxConnections", "5") + ")",
				factory, () -> {
				});
	}

}
