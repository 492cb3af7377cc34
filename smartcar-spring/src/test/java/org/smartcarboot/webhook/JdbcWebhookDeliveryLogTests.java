package org.smartcarboot.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcarboot.TestDatabase;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link JdbcWebhookDeliveryLog} on its table, created by its script, with logs on
 * separate connections playing separate application instances.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class JdbcWebhookDeliveryLogTests {

	private static final Duration WINDOW = Duration.ofMinutes(30);

	@Parameter
	TestDatabase.Kind kind;

	private TestDatabase database;

	private final MutableClock clock = new MutableClock();

	@BeforeEach
	void createTable() {
		this.database = this.kind.create();
		new ResourceDatabasePopulator(new DefaultResourceLoader().getResource(JdbcWebhookDeliveryLog.SCHEMA_LOCATION))
			.execute(this.database.newDataSource());
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void twoInstancesAgreeThatAnEventWasHandledWithinTheWindow() {
		JdbcWebhookDeliveryLog first = newLog();
		JdbcWebhookDeliveryLog second = newLog();

		assertThat(first.recordFirstDelivery("e-1")).isTrue();
		this.clock.advance(WINDOW.minusSeconds(1));
		assertThat(second.recordFirstDelivery("e-1")).isFalse();
		assertThat(first.recordFirstDelivery("e-1")).isFalse();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(second.recordFirstDelivery("e-1")).isTrue();
		assertThat(first.recordFirstDelivery("e-1")).isFalse();
	}

	@Test
	void ofManyDeliveriesOfOneEventAtOnceOnOnlyOneIsHandled() throws Exception {
		List<JdbcWebhookDeliveryLog> instances = List.of(newLog(), newLog(), newLog(), newLog());
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> deliveries = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				JdbcWebhookDeliveryLog instance = instances.get(i % instances.size());
				deliveries.add(threads.submit(() -> {
					start.await();
					return instance.recordFirstDelivery("e-concurrent");
				}));
			}
			start.countDown();
			int handled = 0;
			for (Future<Boolean> delivery : deliveries) {
				handled += delivery.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(handled).isOne();
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aForgottenEventIsHandledOnItsNextDelivery() {
		JdbcWebhookDeliveryLog log = newLog();
		log.recordFirstDelivery("e-1");
		log.forget("e-1");
		assertThat(newLog().recordFirstDelivery("e-1")).isTrue();
	}

	@Test
	void idsPastTheWindowAreDeleted() {
		JdbcWebhookDeliveryLog log = newLog();
		log.recordFirstDelivery("e-old");
		this.clock.advance(WINDOW.plusMinutes(5));
		log.recordFirstDelivery("e-new");

		assertThat(new JdbcTemplate(this.database.newDataSource())
			.queryForList("SELECT event_id FROM " + JdbcWebhookDeliveryLog.TABLE, String.class))
			.containsExactly("e-new");
	}

	@Test
	void keepsEventIdsOf255Characters() {
		String eventId = "e".repeat(255);
		assertThat(newLog().recordFirstDelivery(eventId)).isTrue();
		assertThat(newLog().recordFirstDelivery(eventId)).isFalse();
	}

	private JdbcWebhookDeliveryLog newLog() {
		return new JdbcWebhookDeliveryLog(this.database.newDataSource(), WINDOW, this.clock);
	}

}
