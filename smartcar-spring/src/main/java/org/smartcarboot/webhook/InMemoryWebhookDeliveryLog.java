package org.smartcarboot.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * A {@link WebhookDeliveryLog} in this JVM's memory: enough for one application instance.
 * It keeps at most a given number of event ids; past that, the oldest is forgotten before
 * its window ends, and a late redelivery of it would be handled again. Thread-safe.
 */
public final class InMemoryWebhookDeliveryLog implements WebhookDeliveryLog {

	/**
	 * Number of event ids kept unless another is given.
	 */
	public static final int DEFAULT_CAPACITY = 10_000;

	private final Duration window;

	private final int capacity;

	private final Clock clock;

	/**
	 * Event ids by when they were recorded, oldest first.
	 */
	private final LinkedHashMap<String, Instant> recorded = new LinkedHashMap<>();

	/**
	 * Creates a log remembering event ids for a window, keeping at most
	 * {@link #DEFAULT_CAPACITY} of them.
	 * @param window how long an event id is remembered
	 */
	public InMemoryWebhookDeliveryLog(Duration window) {
		this(window, DEFAULT_CAPACITY);
	}

	/**
	 * Creates a log remembering event ids for a window.
	 * @param window how long an event id is remembered
	 * @param capacity how many event ids are kept at most
	 */
	public InMemoryWebhookDeliveryLog(Duration window, int capacity) {
		this(window, capacity, Clock.systemUTC());
	}

	InMemoryWebhookDeliveryLog(Duration window, int capacity, Clock clock) {
		Assert.isTrue(window != null && !window.isNegative() && !window.isZero(), "window must be positive");
		Assert.isTrue(capacity > 0, "capacity must be positive");
		this.window = window;
		this.capacity = capacity;
		this.clock = clock;
	}

	@Override
	public synchronized boolean recordFirstDelivery(String eventId) {
		Assert.hasText(eventId, "eventId must not be empty");
		Instant now = this.clock.instant();
		forgetExpired(now);
		if (this.recorded.containsKey(eventId)) {
			return false;
		}
		this.recorded.put(eventId, now);
		if (this.recorded.size() > this.capacity) {
			Iterator<String> oldest = this.recorded.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		return true;
	}

	@Override
	public synchronized void forget(String eventId) {
		this.recorded.remove(eventId);
	}

	/**
	 * Returns how many event ids are kept now, for tests.
	 * @return the number of event ids
	 */
	synchronized int size() {
		return this.recorded.size();
	}

	private void forgetExpired(Instant now) {
		Instant cutoff = now.minus(this.window);
		Iterator<Map.Entry<String, Instant>> entries = this.recorded.entrySet().iterator();
		while (entries.hasNext() && !entries.next().getValue().isAfter(cutoff)) {
			entries.remove();
		}
	}

}
