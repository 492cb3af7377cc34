package org.smartcarboot.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcarboot.error.SmartcarErrorCategory;
import org.smartcarboot.error.SmartcarErrorDetails;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests the settings of {@link SmartcarRetry}, which failures it counts as transient, and
 * that a failure that is not a {@link SmartcarException} is never retried.
 */
class SmartcarRetryTests {

	@Test
	void theDefaultsAreThreeAttemptsWithinThirtySeconds() {
		SmartcarRetry retry = SmartcarRetry.defaults();

		assertThat(retry.maxAttempts()).isEqualTo(3);
		assertThat(retry.initialInterval()).isEqualTo(Duration.ofMillis(500));
		assertThat(retry.multiplier()).isEqualTo(2.0);
		assertThat(retry.maxInterval()).isEqualTo(Duration.ofSeconds(5));
		assertThat(retry.maxElapsed()).isEqualTo(Duration.ofSeconds(30));
		assertThat(SmartcarRetry.none().maxAttempts()).isEqualTo(1);
	}

	@Test
	void settingsThatCannotWorkAreRefusedNamingTheSetting() {
		SmartcarRetry retry = SmartcarRetry.defaults();

		assertThatIllegalArgumentException().isThrownBy(() -> retry.withMaxAttempts(0))
			.withMessage("maxAttempts must be at least 1, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> retry.withInitialInterval(Duration.ZERO))
			.withMessage("initialInterval must be positive, was PT0S");
		assertThatIllegalArgumentException().isThrownBy(() -> retry.withMultiplier(0.5))
			.withMessage("multiplier must be at least 1, was 0.5");
		assertThatIllegalArgumentException().isThrownBy(() -> retry.withMaxInterval(Duration.ofMillis(100)))
			.withMessageStartingWith("maxInterval must not be shorter than initialInterval");
		assertThatIllegalArgumentException().isThrownBy(() -> retry.withMaxElapsed(Duration.ofSeconds(-1)))
			.withMessage("maxElapsed must be positive, was PT-1S");
	}

	@Test
	void rateLimitsAreRetriedUnlessLeftToTheCaller() {
		SmartcarRetry retry = SmartcarRetry.defaults();

		assertThat(retry.retryOnRateLimit()).isTrue();
		SmartcarRetry leavingRateLimits = retry.withRetryOnRateLimit(false).withMaxAttempts(5);
		assertThat(leavingRateLimits.retryOnRateLimit()).as("kept by the other with methods").isFalse();
		assertThat(leavingRateLimits.maxAttempts()).isEqualTo(5);
		assertThat(leavingRateLimits).hasToString("SmartcarRetry[maxAttempts=5, initialInterval=PT0.5S, "
				+ "multiplier=2.0, maxInterval=PT5S, maxElapsed=PT30S, retryOnRateLimit=false]");
	}

	@Test
	void theWaitsOfACallerThatRetriesItselfHonourRetryAfterAndStopWhenTheAttemptsAreUsedUp() {
		AtomicReference<Duration> retryAfter = new AtomicReference<>(Duration.ofSeconds(2));
		BackOffExecution waits = SmartcarRetry.defaults().withMaxAttempts(3).backOff(retryAfter::get).start();

		assertThat(waits.nextBackOff()).as("the retry-after, longer than 500 ms").isEqualTo(2000);
		retryAfter.set(null);
		assertThat(waits.nextBackOff()).as("the backoff interval, 1 s with its jitter").isBetween(500L, 1500L);
		assertThat(waits.nextBackOff()).as("two retries after the first attempt").isEqualTo(BackOffExecution.STOP);
	}

	static Stream<Failure> failures() {
		return Stream.of(new Failure(429, "RATE_LIMIT", "VEHICLE", true),
				new Failure(429, "RATE_LIMIT", "SMARTCAR_API", true), new Failure(500, "SERVER", null, true),
				new Failure(502, "UPSTREAM", "NO_RESPONSE", true), new Failure(503, "SERVER", null, true),
				new Failure(504, "SERVER", null, true), new Failure(0, SmartcarErrorReader.NO_RESPONSE, null, true),
				new Failure(502, "UPSTREAM", "RATE_LIMIT", false),
				new Failure(501, "COMPATIBILITY", "VEHICLE_NOT_CAPABLE", false),
				new Failure(400, "VALIDATION", "PARAMETER", false), new Failure(401, "AUTHENTICATION", null, false),
				new Failure(403, "PERMISSION", null, false), new Failure(404, "RESOURCE_NOT_FOUND", "PATH", false),
				new Failure(409, "VEHICLE_STATE", "ASLEEP", false),
				new Failure(430, "BILLING", "VEHICLE_REQUEST_LIMIT", false),
				new Failure(200, SmartcarErrorReader.UNREADABLE_RESPONSE, null, false),
				new Failure(0, "AUTHENTICATION", "invalid_grant", false));
	}

	@ParameterizedTest
	@MethodSource("failures")
	void transientFailuresAreRateLimitsServerAndGatewayErrorsAndNoResponse(Failure failure) {
		SmartcarException exception = SmartcarErrorCategory.OTHER.exception(new SmartcarErrorDetails(failure.status(),
				failure.type(), failure.code(), "a failure", null, null, null, null, null), null);

		assertThat(SmartcarRetry.isTransient(exception)).isEqualTo(failure.isTransient());
	}

	@Test
	void aFailureThatIsNotASmartcarExceptionFailsTheReadAtOnce() {
		AtomicInteger attempts = new AtomicInteger();
		IllegalStateException bug = new IllegalStateException("a bug");

		assertThatIllegalStateException().isThrownBy(() -> SmartcarRetry.defaults().run("read", () -> {
			attempts.incrementAndGet();
			throw bug;
		})).isSameAs(bug);
		assertThat(attempts).hasValue(1);
	}

	/**
	 * A failure's status, type and code, and whether a read may retry it.
	 */
	record Failure(int status, String type, String code, boolean isTransient) {

		@Override
		public String toString() {
			return this.status + " " + this.type + ":" + this.code;
		}

	}

}
