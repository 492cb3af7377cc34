package org.smartcarboot.token;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcarboot.error.SmartcarErrorCategory;
import org.smartcarboot.error.SmartcarErrorDetails;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.token.RecentTokenFailures.Failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link RecentTokenFailures}, which counts failed refreshes by kind and keeps the
 * last few without a principal, and {@link TokenFailureKind}, which sorts them.
 */
class RecentTokenFailuresTests {

	private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

	@Test
	void countsEveryFailureByKindAndKeepsTheLastOnesNewestFirst() {
		RecentTokenFailures failures = new RecentTokenFailures(2, Clock.fixed(NOW, ZoneOffset.UTC));

		failures.refreshFailed("smartcar", "driver-1", TokenFailureKind.SERVER_ERROR, failure(500, "SERVER", null));
		failures.refreshFailed("smartcar", "driver-2", TokenFailureKind.REFRESH_TOKEN_REJECTED,
				failure(400, "AUTHENTICATION", "invalid_grant"));
		failures.refreshFailed("other", "driver-3", TokenFailureKind.SERVER_ERROR, failure(503, "SERVER", null));

		assertThat(failures.countsByKind())
			.isEqualTo(Map.of(TokenFailureKind.SERVER_ERROR, 2L, TokenFailureKind.REFRESH_TOKEN_REJECTED, 1L));
		assertThat(failures.recent()).containsExactly(
				new Failure(NOW, "other", TokenFailureKind.SERVER_ERROR, 503, "request-503"),
				new Failure(NOW, "smartcar", TokenFailureKind.REFRESH_TOKEN_REJECTED, 400, "request-400"));
		assertThat(failures.recent().toString()).doesNotContain("driver-");
	}

	@Test
	void otherEventsAreNotFailures() {
		RecentTokenFailures failures = new RecentTokenFailures();

		failures.refreshed("smartcar", "driver-1");
		failures.reauthorizationRequired("smartcar", "driver-1",
				SmartcarTokenListener.ReauthorizationReason.NOT_CONNECTED);

		assertThat(failures.countsByKind()).isEmpty();
		assertThat(failures.recent()).isEmpty();
	}

	@Test
	void aCapacityBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RecentTokenFailures(0, Clock.systemUTC()))
			.withMessage("capacity must be positive");
	}

	@Test
	void kindsFollowTheOAuthCodeTheCategoryOrTheMissingAnswer() {
		assertThat(List.of(failure(400, "AUTHENTICATION", "invalid_grant"),
				failure(401, "AUTHENTICATION", "invalid_client"), failure(400, "VALIDATION", "invalid_scope"),
				failure(429, "RATE_LIMIT", null), failure(502, "SERVER", null),
				failure(0, SmartcarErrorReader.NO_RESPONSE, null),
				failure(200, SmartcarErrorReader.UNREADABLE_RESPONSE, null), failure(418, "TEAPOT", null)))
			.extracting(TokenFailureKind::of)
			.containsExactly(TokenFailureKind.REFRESH_TOKEN_REJECTED, TokenFailureKind.CLIENT_REJECTED,
					TokenFailureKind.REQUEST_REJECTED, TokenFailureKind.RATE_LIMITED, TokenFailureKind.SERVER_ERROR,
					TokenFailureKind.NO_RESPONSE, TokenFailureKind.UNREADABLE_RESPONSE, TokenFailureKind.OTHER);
	}

	private static SmartcarException failure(int status, String type, String code) {
		SmartcarErrorCategory category = SmartcarErrorCategory.ofType(type);
		if (type.equals(SmartcarErrorReader.NO_RESPONSE) || type.equals(SmartcarErrorReader.UNREADABLE_RESPONSE)) {
			category = SmartcarErrorCategory.NO_USABLE_ANSWER;
		}
		return ((category != null) ? category : SmartcarErrorCategory.OTHER).exception(
				new SmartcarErrorDetails(status, type, code, "failed", null, null, "request-" + status, null, null),
				null);
	}

}
