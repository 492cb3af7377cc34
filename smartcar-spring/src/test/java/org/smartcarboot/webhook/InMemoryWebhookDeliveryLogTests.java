package org.smartcarboot.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link InMemoryWebhookDeliveryLog}: the window, the capacity and forgetting.
 */
class InMemoryWebhookDeliveryLogTests {

	private final MutableClock clock = new MutableClock();

	@Test
	void anEventIdIsARedeliveryWithinTheWindowAndNewAfterIt() {
		InMemoryWebhookDeliveryLog log = new InMemoryWebhookDeliveryLog(Duration.ofMinutes(10), 100, this.clock);

		assertThat(log.recordFirstDelivery("e-1")).isTrue();
		this.clock.advance(Duration.ofMinutes(9));
		assertThat(log.recordFirstDelivery("e-1")).isFalse();
		assertThat(log.recordFirstDelivery("e-2")).isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(log.recordFirstDelivery("e-1")).isTrue();
		assertThat(log.recordFirstDelivery("e-2")).isFalse();
		assertThat(log.size()).isEqualTo(2);
	}

	@Test
	void expiredIdsAreDroppedSoTheLogDoesNotGrow() {
		InMemoryWebhookDeliveryLog log = new InMemoryWebhookDeliveryLog(Duration.ofSeconds(1), 1000, this.clock);
		for (int i = 0; i < 500; i++) {
			log.recordFirstDelivery("e-" + i);
			this.clock.advance(Duration.ofMillis(100));
		}
		assertThat(log.size()).isEqualTo(10);
	}

	@Test
	void pastItsCapacityTheOldestIdIsForgotten() {
		InMemoryWebhookDeliveryLog log = new InMemoryWebhookDeliveryLog(Duration.ofHours(1), 3, this.clock);
		for (String id : new String[] { "e-1", "e-2", "e-3", "e-4" }) {
			assertThat(log.recordFirstDelivery(id)).isTrue();
		}
		assertThat(log.size()).isEqualTo(3);
		assertThat(log.recordFirstDelivery("e-4")).isFalse();
		assertThat(log.recordFirstDelivery("e-2")).isFalse();
		assertThat(log.recordFirstDelivery("e-1")).isTrue();
	}

	@Test
	void aForgottenIdIsNewAgain() {
		InMemoryWebhookDeliveryLog log = new InMemoryWebhookDeliveryLog(Duration.ofHours(1));
		log.recordFirstDelivery("e-1");
		log.forget("e-1");
		assertThat(log.recordFirstDelivery("e-1")).isTrue();
	}

	@Test
	void aWindowOrCapacityBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryWebhookDeliveryLog(Duration.ZERO))
			.withMessage("window must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryWebhookDeliveryLog(Duration.ofHours(1), 0))
			.withMessage("capacity must be positive");
	}

}
