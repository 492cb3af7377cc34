package org.smartcarboot.api;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarRateLimitException;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.util.Assert;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How reads retry the failures that may pass: exponential backoff with jitter, at least
 * Smartcar's {@code retry-after}, a number of attempts and a time budget. Immutable; the
 * {@code with} methods return a copy. Runs on Spring Framework's {@link RetryTemplate}.
 * <p>
 * A read is retried when it fails with a {@link #isTransient transient}
 * {@link SmartcarException}: {@code 429}, {@code 500}, {@code 502}, {@code 503},
 * {@code 504} or no response (an I/O error or a timeout). The wait before a retry is the
 * backoff interval (initial interval, multiplied each time, at most the max interval,
 * with a random jitter of up to half the interval), or Smartcar's {@code retry-after}
 * when that is longer. No retry starts once the time budget is spent, nor when its wait
 * would end past the budget: a {@code retry-after} longer than what is left of it fails
 * the read at once. Then, and when the attempts are used up, the read fails with the last
 * {@code SmartcarException} (its subclass, status and {@code retry-after} intact), the
 * earlier ones attached as suppressed exceptions. Any other failure fails the read at
 * once.
 * <p>
 * {@link #withRetryOnRateLimit(boolean) withRetryOnRateLimit(false)} leaves rate limits
 * ({@code 429}) to the caller: the read then throws the
 * {@link SmartcarRateLimitException} at once instead of waiting in the calling thread, so
 * that a caller such as the fleet reader can wait for the {@code retry-after} without
 * holding a thread, with the waits of {@link #backOff(Supplier)}.
 */
public final class SmartcarRetry {

	/**
	 * Attempts of a read unless another number is set, the first one included.
	 */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	/**
	 * Wait before the first retry unless another is set.
	 */
	public static final Duration DEFAULT_INITIAL_INTERVAL = Duration.ofMillis(500);

	/**
	 * Factor of the wait from one retry to the next unless another is set.
	 */
	public static final double DEFAULT_MULTIPLIER = 2;

	/**
	 * Longest backoff interval unless another is set.
	 */
	public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(5);

	/**
	 * Time budget of a read unless another is set: no retry starts after it.
	 */
	public static final Duration DEFAULT_MAX_ELAPSED = Duration.ofSeconds(30);

	/**
	 * Smartcar's error type for a failure of the car maker's service.
	 */
	private static final String UPSTREAM = "UPSTREAM";

	/**
	 * Smartcar's error code for the car maker's rate limit.
	 */
	private static final String RATE_LIMIT = "RATE_LIMIT";

	private static final List<Integer> TRANSIENT_STATUSES = List.of(429, 500, 502, 503, 504);

	private static final SmartcarRetry DEFAULTS = new SmartcarRetry(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_INTERVAL,
			DEFAULT_MULTIPLIER, DEFAULT_MAX_INTERVAL, DEFAULT_MAX_ELAPSED, true);

	private final int maxAttempts;

	private final Duration initialInterval;

	private final double multiplier;

	private final Duration maxInterval;

	private final Duration maxElapsed;

	private final boolean retryOnRateLimit;

	private SmartcarRetry(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval,
			Duration maxElapsed, boolean retryOnRateLimit) {
		Assert.isTrue(maxAttempts >= 1, () -> "maxAttempts must be at least 1, was " + maxAttempts);
		SmartcarServiceBuilder.requirePositive(initialInterval, "initialInterval");
		Assert.isTrue(multiplier >= 1, () -> "multiplier must be at least 1, was " + multiplier);
		SmartcarServiceBuilder.requirePositive(maxInterval, "maxInterval");
		Assert.isTrue(maxInterval.compareTo(initialInterval) >= 0, () -> "maxInterval must not be shorter than "
				+ "initialInterval, was " + maxInterval + " < " + initialInterval);
		SmartcarServiceBuilder.requirePositive(maxElapsed, "maxElapsed");
		this.maxAttempts = maxAttempts;
		this.initialInterval = initialInterval;
		this.multiplier = multiplier;
		this.maxInterval = maxInterval;
		this.maxElapsed = maxElapsed;
		this.retryOnRateLimit = retryOnRateLimit;
	}

	/**
	 * Returns the default retry: {@value #DEFAULT_MAX_ATTEMPTS} attempts, 500 ms doubling
	 * up to 5 s, within 30 s.
	 * @return the default retry
	 */
	public static SmartcarRetry defaults() {
		return DEFAULTS;
	}

	/**
	 * Returns the retry that makes one attempt only.
	 * @return no retry
	 */
	public static SmartcarRetry none() {
		return DEFAULTS.withMaxAttempts(1);
	}

	/**
	 * Returns a copy with another number of attempts.
	 * @param maxAttempts the attempts of a read, the first one included; 1 for no retry
	 * @return the copy
	 * @throws IllegalArgumentException when the number is below 1
	 */
	public SmartcarRetry withMaxAttempts(int maxAttempts) {
		return new SmartcarRetry(maxAttempts, this.initialInterval, this.multiplier, this.maxInterval, this.maxElapsed,
				this.retryOnRateLimit);
	}

	/**
	 * Returns a copy with another wait before the first retry.
	 * @param initialInterval the wait, positive and not longer than the max interval
	 * @return the copy
	 * @throws IllegalArgumentException when the wait is not positive or too long
	 */
	public SmartcarRetry withInitialInterval(Duration initialInterval) {
		return new SmartcarRetry(this.maxAttempts, initialInterval, this.multiplier, this.maxInterval, this.maxElapsed,
				this.retryOnRateLimit);
	}

	/**
	 * Returns a copy with another factor of the wait from one retry to the next.
	 * @param multiplier the factor, at least 1 (1 for a fixed interval)
	 * @return the copy
	 * @throws IllegalArgumentException when the factor is below 1
	 */
	public SmartcarRetry withMultiplier(double multiplier) {
		return new SmartcarRetry(this.maxAttempts, this.initialInterval, multiplier, this.maxInterval, this.maxElapsed,
				this.retryOnRateLimit);
	}

	/**
	 * Returns a copy with another longest backoff interval; a longer {@code retry-after}
	 * is still honoured.
	 * @param maxInterval the interval, positive and not shorter than the initial one
	 * @return the copy
	 * @throws IllegalArgumentException when the interval is not positive or too short
	 */
	public SmartcarRetry withMaxInterval(Duration maxInterval) {
		return new SmartcarRetry(this.maxAttempts, this.initialInterval, this.multiplier, maxInterval, this.maxElapsed,
				this.retryOnRateLimit);
	}

	/**
	 * Returns a copy with another time budget. No retry starts after it, nor waits past
	 * it; an attempt under way still runs to its read timeout.
	 * @param maxElapsed the budget, counted from the start of the first attempt
	 * @return the copy
	 * @throws IllegalArgumentException when the budget is not positive
	 */
	public SmartcarRetry withMaxElapsed(Duration maxElapsed) {
		return new SmartcarRetry(this.maxAttempts, this.initialInterval, this.multiplier, this.maxInterval, maxElapsed,
				this.retryOnRateLimit);
	}

	/**
	 * Returns a copy that retries Smartcar's rate limit ({@code 429}) or leaves it to the
	 * caller. Without, a read answered with {@code 429} throws its
	 * {@link SmartcarRateLimitException} at once, {@code retry-after} included, while
	 * server errors, timeouts and I/O errors are still retried.
	 * @param retryOnRateLimit whether a {@code 429} is retried, waiting in the calling
	 * thread; {@code true} unless set
	 * @return the copy
	 */
	public SmartcarRetry withRetryOnRateLimit(boolean retryOnRateLimit) {
		return new SmartcarRetry(this.maxAttempts, this.initialInterval, this.multiplier, this.maxInterval,
				this.maxElapsed, retryOnRateLimit);
	}

	/**
	 * Returns the number of attempts of a read, the first one included.
	 * @return the number of attempts
	 */
	public int maxAttempts() {
		return this.maxAttempts;
	}

	/**
	 * Returns the wait before the first retry.
	 * @return the initial interval
	 */
	public Duration initialInterval() {
		return this.initialInterval;
	}

	/**
	 * Returns the factor of the wait from one retry to the next.
	 * @return the multiplier
	 */
	public double multiplier() {
		return this.multiplier;
	}

	/**
	 * Returns the longest backoff interval.
	 * @return the max interval
	 */
	public Duration maxInterval() {
		return this.maxInterval;
	}

	/**
	 * Returns the time budget of a read.
	 * @return the budget
	 */
	public Duration maxElapsed() {
		return this.maxElapsed;
	}

	/**
	 * Returns whether a read answered with Smartcar's rate limit ({@code 429}) is
	 * retried, waiting in the calling thread.
	 * @return {@code false} when the caller handles rate limits itself
	 */
	public boolean retryOnRateLimit() {
		return this.retryOnRateLimit;
	}

	/**
	 * Whether a read that failed this way may succeed when sent again: Smartcar's rate
	 * limit ({@code 429}), a server or gateway error ({@code 500}, {@code 502},
	 * {@code 503}, {@code 504}) or no response at all (type
	 * {@link SmartcarErrorReader#NO_RESPONSE}: an I/O error or a timeout). The car
	 * maker's rate limit ({@code 502 UPSTREAM:RATE_LIMIT}) is not: Smartcar asks to poll
	 * such a car at most every 30 minutes. Every other error is not either, such as a
	 * {@code 4xx}, a {@code 501} compatibility error or a {@code 200} whose body cannot
	 * be read.
	 * @param failure the failure
	 * @return whether to retry the read
	 */
	public static boolean isTransient(SmartcarException failure) {
		if (failure.getStatusCode() == 0) {
			return SmartcarErrorReader.NO_RESPONSE.equals(failure.getType());
		}
		boolean makersRateLimit = UPSTREAM.equals(failure.getType()) && RATE_LIMIT.equals(failure.getCode());
		return TRANSIENT_STATUSES.contains(failure.getStatusCode()) && !makersRateLimit;
	}

	/**
	 * Runs a read, retrying it as this retry says.
	 * @param <T> the type of the result
	 * @param operation names the read in Spring's DEBUG log of the retries, such as
	 * {@code GET /v2.0/vehicles/{id}/odometer}; it must hold no secret
	 * @param read sends the read; called once per attempt
	 * @return the result of the first attempt that succeeds
	 * @throws SmartcarException the last failure when no attempt succeeds
	 */
	public <T> T run(String operation, Supplier<T> read) {
		if (this.maxAttempts == 1) {
			return read.get();
		}
		ReadAttempts<T> attempts = new ReadAttempts<>(operation, read);
		RetryPolicy policy = RetryPolicy.builder()
			.predicate((failure) -> failure instanceof SmartcarException smartcar && retries(smartcar))
			.timeout(this.maxElapsed)
			.backOff(backOff(attempts::retryAfter))
			.build();
		try {
			return new RetryTemplate(policy).execute(attempts);
		}
		catch (RetryException ex) {
			throw lastFailure(ex);
		}
	}

	private boolean retries(SmartcarException failure) {
		return isTransient(failure) && (this.retryOnRateLimit || !(failure instanceof SmartcarRateLimitException));
	}

	/**
	 * Returns the waits between the attempts of one read, for a caller that retries
	 * without waiting in a thread, such as the fleet reader: each
	 * {@link org.springframework.util.backoff.BackOffExecution#nextBackOff()} of an
	 * execution is the wait before the next attempt in milliseconds (the backoff interval
	 * with its jitter, or the {@code retry-after} when that is longer), or {@code STOP}
	 * once the attempts are used up. The time budget is the caller's to check: no attempt
	 * should start, nor a wait end, past {@link #maxElapsed()}.
	 * @param retryAfter gives the {@code retry-after} of the last failure, or
	 * {@code null} when Smartcar did not say
	 * @return the backoff; each {@code start()} begins the waits of one read
	 */
	public BackOff backOff(Supplier<@Nullable Duration> retryAfter) {
		Assert.notNull(retryAfter, "retryAfter must not be null");
		return new RetryAfterBackOff(exponentialBackOff(), retryAfter);
	}

	private ExponentialBackOff exponentialBackOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.initialInterval.toMillis(), this.multiplier);
		backOff.setMaxInterval(this.maxInterval.toMillis());
		backOff.setMaxAttempts(this.maxAttempts - 1L);
		// up to half of each interval either way, never below the initial interval
		backOff.setJitter(this.initialInterval.toMillis() / 2);
		return backOff;
	}

	/**
	 * Returns the exception of the last attempt, with those of the earlier ones
	 * suppressed.
	 */
	private static RuntimeException lastFailure(RetryException retries) {
		Throwable last = retries.getLastException();
		if (last instanceof Error error) {
			throw error;
		}
		// the attempts are suppliers, which throw unchecked exceptions only
		RuntimeException failure = (RuntimeException) last;
		retries.getExceptions().stream().filter((earlier) -> earlier != failure).forEach(failure::addSuppressed);
		return failure;
	}

	@Override
	public String toString() {
		return "SmartcarRetry[maxAttempts=" + this.maxAttempts + ", initialInterval=" + this.initialInterval
				+ ", multiplier=" + this.multiplier + ", maxInterval=" + this.maxInterval + ", maxElapsed="
				+ this.maxElapsed + ", retryOnRateLimit=" + this.retryOnRateLimit + "]";
	}

}
