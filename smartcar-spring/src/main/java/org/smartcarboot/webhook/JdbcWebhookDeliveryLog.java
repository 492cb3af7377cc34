package org.smartcarboot.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.Assert;

/**
 * A {@link WebhookDeliveryLog} in a database table, {@value #TABLE}, so that application
 * instances sharing the database agree on which events were handled: the first instance
 * to insert an event id handles the event, the others acknowledge it. An id older than
 * the window is taken over by the next delivery with a conditional update, which one
 * instance alone wins. Ids past the window are deleted now and then. Tested on H2 and
 * PostgreSQL.
 * <p>
 * {@value #SCHEMA_LOCATION} creates the table (plain SQL for most databases):
 *
 * <pre class="code">
 * CREATE TABLE smartcar_webhook_delivery (
 *     event_id VARCHAR(255) NOT NULL,
 *     received_at BIGINT NOT NULL,
 *     PRIMARY KEY (event_id)
 * );
 * </pre>
 */
public final class JdbcWebhookDeliveryLog implements WebhookDeliveryLog {

	/**
	 * Name of the table.
	 */
	public static final String TABLE = "smartcar_webhook_delivery";

	/**
	 * Location of the script creating the table.
	 */
	public static final String SCHEMA_LOCATION = "classpath:org/smartcarboot/webhook/webhook-delivery-schema.sql";

	private static final String INSERT = "INSERT INTO " + TABLE + " (event_id, received_at) VALUES (?, ?)";

	private static final String TAKE_OVER_EXPIRED = "UPDATE " + TABLE
			+ " SET received_at = ? WHERE event_id = ? AND received_at <= ?";

	private static final String DELETE = "DELETE FROM " + TABLE + " WHERE event_id = ?";

	private static final String DELETE_EXPIRED = "DELETE FROM " + TABLE + " WHERE received_at <= ?";

	/**
	 * Longest time between two deletions of expired ids.
	 */
	private static final long PURGE_INTERVAL_MILLIS = Duration.ofMinutes(1).toMillis();

	private final JdbcTemplate jdbcTemplate;

	private final long windowMillis;

	private final Clock clock;

	private final AtomicLong lastPurge = new AtomicLong();

	/**
	 * Creates a log in a database.
	 * @param dataSource the database holding the {@value #TABLE} table
	 * @param window how long an event id is remembered
	 */
	public JdbcWebhookDeliveryLog(DataSource dataSource, Duration window) {
		this(dataSource, window, Clock.systemUTC());
	}

	JdbcWebhookDeliveryLog(DataSource dataSource, Duration window, Clock clock) {
		Assert.notNull(dataSource, "dataSource must not be null");
		Assert.isTrue(window != null && !window.isNegative() && !window.isZero(), "window must be positive");
		this.jdbcTemplate = new JdbcTemplate(dataSource);
		this.windowMillis = window.toMillis();
		this.clock = clock;
	}

	@Override
	public boolean recordFirstDelivery(String eventId) {
		Assert.hasText(eventId, "eventId must not be empty");
		long now = this.clock.millis();
		long cutoff = now - this.windowMillis;
		purgeExpired(now, cutoff);
		try {
			this.jdbcTemplate.update(INSERT, eventId, now);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return this.jdbcTemplate.update(TAKE_OVER_EXPIRED, now, eventId, cutoff) == 1;
		}
	}

	@Override
	public void forget(String eventId) {
		this.jdbcTemplate.update(DELETE, eventId);
	}

	private void purgeExpired(long now, long cutoff) {
		long last = this.lastPurge.get();
		if (now - last >= PURGE_INTERVAL_MILLIS && this.lastPurge.compareAndSet(last, now)) {
			this.jdbcTemplate.update(DELETE_EXPIRED, cutoff);
		}
	}

}
