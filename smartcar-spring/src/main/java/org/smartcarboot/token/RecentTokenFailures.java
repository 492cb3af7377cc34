package org.smartcarboot.token;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarException;

import org.springframework.util.Assert;

/**
 * A {@link SmartcarTokenListener} that remembers the failed refreshes: how many of each
 * {@link TokenFailureKind} since it was created, and the last few, newest first. It keeps
 * no principal name and no token, so what it returns can be shown to operators. Bounded
 * and thread-safe.
 */
public final class RecentTokenFailures implements SmartcarTokenListener {

	/**
	 * How many failures are kept unless told otherwise.
	 */
	public static final int DEFAULT_CAPACITY = 20;

	private final int capacity;

	private final Clock clock;

	private final Map<TokenFailureKind, Long> counts = new EnumMap<>(TokenFailureKind.class);

	private final Deque<Failure> recent = new ArrayDeque<>();

	/**
	 * Keeps the last {@value #DEFAULT_CAPACITY} failures.
	 */
	public RecentTokenFailures() {
		this(DEFAULT_CAPACITY, Clock.systemUTC());
	}

	/**
	 * Keeps the last failures, up to a number.
	 * @param capacity how many failures are kept, at least one
	 * @param clock the clock telling when a failure happened
	 */
	public RecentTokenFailures(int capacity, Clock clock) {
		Assert.isTrue(capacity > 0, "capacity must be positive");
		Assert.notNull(clock, "clock must not be null");
		this.capacity = capacity;
		this.clock = clock;
	}

	@Override
	public synchronized void refreshFailed(String registrationId, String principalName, TokenFailureKind kind,
			SmartcarException failure) {
		this.counts.merge(kind, 1L, Long::sum);
		this.recent.addFirst(new Failure(this.clock.instant(), registrationId, kind, failure.getStatusCode(),
				failure.getRequestId()));
		while (this.recent.size() > this.capacity) {
			this.recent.removeLast();
		}
	}

	/**
	 * Returns how many refreshes failed, by kind, since this was created.
	 * @return the count of each kind that happened
	 */
	public synchronized Map<TokenFailureKind, Long> countsByKind() {
		return Map.copyOf(this.counts);
	}

	/**
	 * Returns the last failures kept, newest first.
	 * @return the failures
	 */
	public synchronized List<Failure> recent() {
		return List.copyOf(this.recent);
	}

	/**
	 * One failed refresh.
	 *
	 * @param at when it failed
	 * @param registrationId the id of the client registration
	 * @param kind the kind of failure
	 * @param statusCode Smartcar's HTTP status, {@code 0} when there was no answer
	 * @param requestId Smartcar's request id, for Smartcar's support, when it sent one
	 */
	public record Failure(Instant at, String registrationId, TokenFailureKind kind, int statusCode,
			@Nullable String requestId) {

	}

}
