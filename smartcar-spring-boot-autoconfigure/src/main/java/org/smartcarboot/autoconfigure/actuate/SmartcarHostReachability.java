package org.smartcarboot.autoconfigure.actuate;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarHttpTransport;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Tells whether Smartcar's hosts answer: sends {@code HEAD /} to each distinct origin
 * (scheme, host and port) of the configured base URLs, all at once, through the starter's
 * HTTP transport with a short timeout. Any HTTP answer, whatever its status, counts as
 * reachable; no credential is sent.
 */
public class SmartcarHostReachability {

	private final List<URI> origins;

	private final ClientHttpRequestFactory requestFactory;

	private final SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("smartcar-reachability-");

	/**
	 * Checks the origins of the given base URLs.
	 * @param baseUrls the base URLs, such as {@code https://api.smartcar.com}
	 * @param transport the HTTP transport of the Smartcar clients
	 * @param timeout the most time to wait for each host, to connect and again to answer
	 */
	public SmartcarHostReachability(List<String> baseUrls, SmartcarHttpTransport transport, Duration timeout) {
		this.origins = origins(baseUrls);
		this.requestFactory = transport.requestFactory(timeout, timeout);
		// a check still waiting for a host never keeps the JVM from exiting
		this.executor.setDaemon(true);
	}

	/**
	 * Checks every host, in parallel.
	 * @return for each origin, such as {@code https://api.smartcar.com}, whether it
	 * answered
	 */
	public Map<String, HostStatus> check() {
		Map<String, CompletableFuture<HostStatus>> checks = new LinkedHashMap<>();
		for (URI origin : this.origins) {
			checks.put(origin.toString(), CompletableFuture.supplyAsync(() -> probe(origin), this.executor));
		}
		Map<String, HostStatus> statuses = new LinkedHashMap<>();
		checks.forEach((origin, check) -> statuses.put(origin, check.join()));
		return statuses;
	}

	private HostStatus probe(URI origin) {
		try (ClientHttpResponse response = this.requestFactory.createRequest(origin.resolve("/"), HttpMethod.HEAD)
			.execute()) {
			return new HostStatus(true, response.getStatusCode().value(), null);
		}
		catch (IOException | RuntimeException ex) {
			return new HostStatus(false, null, ex.getClass().getName());
		}
	}

	private static List<URI> origins(List<String> baseUrls) {
		Set<URI> origins = new LinkedHashSet<>();
		for (String baseUrl : baseUrls) {
			// scheme, host and port only: never a user name or password in the URL
			URI uri = URI.create(baseUrl);
			String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
			origins.add(URI.create(uri.getScheme() + "://" + uri.getHost() + port));
		}
		return List.copyOf(origins);
	}

	/**
	 * Whether a host answered.
	 *
	 * @param reachable whether it sent an HTTP answer
	 * @param status the answer's HTTP status, or {@code null} without one
	 * @param error the class of the failure, such as {@code java.net.ConnectException},
	 * or {@code null} when it answered
	 */
	public record HostStatus(boolean reachable, @Nullable Integer status, @Nullable String error) {

	}

}
