package org.smartcarboot.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Injected faults: endpoints that fail with a {@link SimulatedError} and endpoints that
 * answer late. As a request filter it answers failing endpoints before any service sees
 * the request (so a failed command changes nothing); as a response transformer it delays
 * every response of a slowed-down endpoint, failed ones included. The items of a batch
 * request ask {@link #failureFor(Request)} too. Thread-safe.
 */
final class EndpointFaults implements StubRequestFilterV2, ResponseTransformerV2 {

	private final Map<Endpoint, SimulatedError> failures = new ConcurrentHashMap<>();

	private final Map<Endpoint, Duration> latencies = new ConcurrentHashMap<>();

	/**
	 * Makes an endpoint fail, replacing an earlier failure of the same endpoint.
	 * @param endpoint the endpoint
	 * @param error the error to answer with
	 */
	void fail(Endpoint endpoint, SimulatedError error) {
		this.failures.put(endpoint, Objects.requireNonNull(error, "error"));
	}

	/**
	 * Delays an endpoint's responses, replacing an earlier latency of the same endpoint.
	 * @param endpoint the endpoint
	 * @param latency the delay
	 */
	void delay(Endpoint endpoint, Duration latency) {
		Objects.requireNonNull(latency, "latency");
		if (latency.isNegative()) {
			throw new IllegalArgumentException("latency must not be negative");
		}
		this.latencies.put(endpoint, latency);
	}

	void reset() {
		this.failures.clear();
		this.latencies.clear();
	}

	@Override
	public String getName() {
		return "smartcar-endpoint-faults";
	}

	/**
	 * The failure injected for a request's endpoint.
	 * @param request the request, or the request a batch item stands for
	 * @return the error response, a v1.0 body for {@code /v1.0} paths, or empty when the
	 * endpoint works
	 */
	Optional<ApiResponse> failureFor(Request request) {
		return matching(this.failures, request)
			.map((error) -> ErrorBodies.forPath(Urls.getPath(request.getUrl()), error));
	}

	@Override
	public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
		return failureFor(request).map(ApiResponse::toDefinition)
			.map(RequestFilterAction::stopWith)
			.orElseGet(() -> RequestFilterAction.continueWith(request));
	}

	@Override
	public Response transform(Response response, ServeEvent serveEvent) {
		return matching(this.latencies, serveEvent.getRequest())
			.map((latency) -> Response.Builder.like(response).incrementInitialDelay(latency.toMillis()).build())
			.orElse(response);
	}

	private static <T> Optional<T> matching(Map<Endpoint, T> faults, Request request) {
		return faults.entrySet()
			.stream()
			.filter((fault) -> fault.getKey().matches(request))
			.map(Map.Entry::getValue)
			.findFirst();
	}

}
