package org.smartcarboot.api;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarException;

import org.springframework.core.retry.Retryable;

/**
 * The attempts of one read under {@link SmartcarRetry}: sends the read and remembers the
 * {@code retry-after} of the last failure, which the backoff honours.
 *
 * @param <T> the type of the result
 */
final class ReadAttempts<T> implements Retryable<T> {

	private final String operation;

	private final Supplier<T> read;

	private volatile @Nullable Duration retryAfter;

	ReadAttempts(String operation, Supplier<T> read) {
		this.operation = operation;
		this.read = read;
	}

	@Override
	public T execute() {
		try {
			return this.read.get();
		}
		catch (SmartcarException ex) {
			this.retryAfter = ex.getRetryAfter();
			throw ex;
		}
	}

	@Override
	public String getName() {
		return this.operation;
	}

	/**
	 * Returns how long Smartcar asked to wait after the last failed attempt.
	 * @return the wait, or {@code null} when it did not say
	 */
	@Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
