package org.smartcarboot.api;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * A backoff that waits at least as long as Smartcar's {@code retry-after} of the last
 * failure, and otherwise as another backoff says, which also decides when to stop.
 */
final class RetryAfterBackOff implements BackOff {

	private final BackOff backOff;

	private final Supplier<@Nullable Duration> retryAfter;

	/**
	 * Creates a backoff.
	 * @param backOff the backoff whose interval applies when Smartcar asks for less or
	 * nothing
	 * @param retryAfter the {@code retry-after} of the last failure, or {@code null}
	 */
	RetryAfterBackOff(BackOff backOff, Supplier<@Nullable Duration> retryAfter) {
		this.backOff = backOff;
		this.retryAfter = retryAfter;
	}

	@Override
	public BackOffExecution start() {
		BackOffExecution execution = this.backOff.start();
		return () -> {
			long interval = execution.nextBackOff();
			Duration asked = this.retryAfter.get();
			return (interval == BackOffExecution.STOP || asked == null) ? interval
					: Math.max(interval, asked.toMillis());
		};
	}

}
