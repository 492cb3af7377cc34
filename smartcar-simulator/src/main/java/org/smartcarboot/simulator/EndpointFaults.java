package org.smartcarboot.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Injected faults: endpoints that fail with a {@link SimulatedFault} and endpoints that
 * answer late, for every request or for the next few only. As a request filter it answers
 * failing endpoints before any service sees the request (so a failed command changes
 * nothing); as a response transformer it delays every response of a slowed-down endpoint,
 * failed ones included. The items of a batch request ask {@link #failureFor(Request)}
 * too. Thread-safe.
 */
final class EndpointFaults implements StubRequestFilterV2, ResponseTransformerV2 {

	/**
	 * The number of requests of a fault that hits every request.
	 */
	static final int EVERY_REQUEST = -1;

	private final Map<Endpoint, Injected<SimulatedFault>> failures = new ConcurrentHashMap<>();

	private final Map<Endpoint, Injected<Duration>> latencies = new ConcurrentHashMap<>();

	/**
	 * Makes an endpoint fail, replacing an earlier failure of the same endpoint.
	 * @param endpoint the endpoint
	 * @param fault what the endpoint does instead of answering
	 * @param times how many of the next requests fail, or {@link #EVERY_REQUEST}
	 */
	void fail(Endpoint endpoint, SimulatedFault fault, int times) {
		this.failures.put(endpoint, new Injected<>(Objects.requireNonNull(fault, "fault"), times));
	}

	/**
	 * Delays an endpoint's responses, replacing an earlier latency of the same endpoint.
	 * @param endpoint the endpoint
	 * @param latency the delay
	 * @param times how many of the next responses are delayed, or {@link #EVERY_REQUEST}
	 */
	void delay(Endpoint endpoint, Duration latency, int times) {
		Objects.requireNonNull(latency, "latency");
		if (latency.isNegative()) {
			throw new IllegalArgumentException("latency must not be negative");
		}
		this.latencies.put(endpoint, new Injected<>(latency, times));
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
	 * The failure injected for the endpoint of a batch item; only error faults stand
	 * inside a batch response.
	 * @param request the request a batch item stands for
	 * @return the error response, a v1.0 body for {@code /v1.0} paths, or empty when the
	 * endpoint works
	 */
	Optional<ApiResponse> failureFor(Request request) {
		String path = Urls.getPath(request.getUrl());
		for (Map.Entry<Endpoint, Injected<SimulatedFault>> failure : this.failures.entrySet()) {
			Optional<ApiResponse> item = failure.getValue().fault().batchItem(path);
			if (failure.getKey().matches(request) && item.isPresent() && failure.getValue().take()) {
				return item;
			}
		}
		return Optional.empty();
	}

	@Override
	public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
		return take(this.failures, request).map((fault) -> fault.response(Urls.getPath(request.getUrl())))
			.map(RequestFilterAction::stopWith)
			.orElseGet(() -> RequestFilterAction.continueWith(request));
	}

	@Override
	public Response transform(Response response, ServeEvent serveEvent) {
		return take(this.latencies, serveEvent.getRequest())
			.map((latency) -> Response.Builder.like(response).incrementInitialDelay(latency.toMillis()).build())
			.orElse(response);
	}

	/**
	 * Takes one request from the fault injected for a request's endpoint.
	 */
	private static <T> Optional<T> take(Map<Endpoint, Injected<T>> faults, Request request) {
		for (Map.Entry<Endpoint, Injected<T>> fault : faults.entrySet()) {
			if (fault.getKey().matches(request) && fault.getValue().take()) {
				return Optional.of(fault.getValue().fault());
			}
		}
		return Optional.empty();
	}

	/**
	 * A fault and how many more requests it hits.
	 */
	private static final class Injected<T> {

		private final T fault;

		private final AtomicInteger remaining;

		Injected(T fault, int times) {
			this.fault = fault;
			this.remaining = new AtomicInteger(times);
		}

		T fault() {
			return this.fault;
		}

		/**
		 * Counts one request against this fault.
		 * @return whether the fault hits the request
		 */
		boolean take() {
			int left = this.remaining.getAndUpdate((count) -> (count > 0) ? count - 1 : count);
			return left != 0;
		}

	}

}
