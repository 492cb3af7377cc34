package org.smartcarboot.sample.webhooks;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.smartcarboot.webhook.SmartcarWebhookEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the last {@value #CAPACITY} Smartcar webhook events the app received, newest
 * first, in memory: a listener of the events the starter publishes.
 */
@Component
public class ReceivedEvents {

	/**
	 * How many events are kept.
	 */
	public static final int CAPACITY = 20;

	private final Deque<ReceivedEvent> events = new ArrayDeque<>();

	private final Clock clock = Clock.systemUTC();

	/**
	 * Keeps an event, dropping the oldest when there are {@value #CAPACITY}.
	 * @param event a verified webhook event
	 */
	@EventListener
	public synchronized void onWebhookEvent(SmartcarWebhookEvent event) {
		this.events.addFirst(ReceivedEvent.of(event, this.clock.instant()));
		if (this.events.size() > CAPACITY) {
			this.events.removeLast();
		}
	}

	/**
	 * Returns the events kept.
	 * @return the events, newest first
	 */
	public synchronized List<ReceivedEvent> latest() {
		return List.copyOf(this.events);
	}

}
