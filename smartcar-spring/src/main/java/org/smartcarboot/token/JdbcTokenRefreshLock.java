package org.smartcarboot.token;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * A {@link TokenRefreshLock} for a {@link JdbcOAuth2AuthorizedClientService}: a refresh
 * runs in a new database transaction that first locks the client's row of
 * {@code oauth2_authorized_client} with {@code SELECT ... FOR UPDATE}. A refresh of the
 * same client in another thread or application instance waits for that row until the
 * transaction commits, and then reads the committed pair. Refreshes of different clients
 * do not wait for each other. Tested on PostgreSQL and H2.
 * <p>
 * The store must use the same {@link DataSource} instance, so that its reads and writes
 * join the lock's transaction (Spring's {@code DataSourceUtils} binds the connection to
 * the thread); its saving of the new pair then commits before the lock is released.
 * Whatever the refresh wrote is committed even when it then throws, so a rotated pair or
 * the removal of a rejected client is never undone; only a failure of the database itself
 * (a {@link DataAccessException}) rolls the transaction back.
 * <p>
 * A client with no stored row has nothing to lock: its refresh runs without waiting. A
 * wait longer than the lock timeout fails with a {@link CannotAcquireLockException},
 * without running the refresh. The lock is not reentrant: a refresh that asks for the
 * lock of its own client again waits for itself until the timeout.
 *
 * <pre class="code">
 * JdbcOAuth2AuthorizedClientService store = new JdbcOAuth2AuthorizedClientService(new JdbcTemplate(dataSource), registrations);
 * TokenRefreshLock lock = new JdbcTokenRefreshLock(dataSource);
 * </pre>
 */
public final class JdbcTokenRefreshLock implements TokenRefreshLock {

	/**
	 * Longest wait for the lock of a client unless another is given.
	 */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);

	private static final String LOCK_ROW = "SELECT principal_name FROM oauth2_authorized_client"
			+ " WHERE client_registration_id = ? AND principal_name = ? FOR UPDATE";

	private final JdbcTemplate jdbcTemplate;

	private final TransactionTemplate transactionTemplate;

	private final Duration lockTimeout;

	/**
	 * Creates a lock on the given database, waiting at most
	 * {@link #DEFAULT_LOCK_TIMEOUT}.
	 * @param dataSource the data source of the {@link JdbcOAuth2AuthorizedClientService}
	 */
	public JdbcTokenRefreshLock(DataSource dataSource) {
		this(dataSource, DEFAULT_LOCK_TIMEOUT);
	}

	/**
	 * Creates a lock on the given database.
	 * @param dataSource the data source of the {@link JdbcOAuth2AuthorizedClientService}
	 * @param lockTimeout longest wait for the lock of a client, at least one second
	 */
	public JdbcTokenRefreshLock(DataSource dataSource, Duration lockTimeout) {
		Assert.notNull(dataSource, "dataSource must not be null");
		Assert.notNull(lockTimeout, "lockTimeout must not be null");
		Assert.isTrue(lockTimeout.compareTo(Duration.ofSeconds(1)) >= 0, "lockTimeout must be at least one second");
		this.jdbcTemplate = new JdbcTemplate(dataSource);
		this.transactionTemplate = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		// a transaction of its own, even inside one of the application, so the new pair
		// commits with the refresh and not with the application's work
		this.transactionTemplate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// each read sees what the previous holder of the lock committed
		this.transactionTemplate.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.lockTimeout = lockTimeout;
	}

	@Override
	public <T> T callLocked(String registrationId, String principalName, Supplier<T> refresh) {
		Assert.hasText(registrationId, "registrationId must not be empty");
		Assert.hasText(principalName, "principalName must not be empty");
		Assert.notNull(refresh, "refresh must not be null");
		long deadline = System.nanoTime() + this.lockTimeout.toNanos();
		while (true) {
			try {
				Outcome<T> outcome = this.transactionTemplate.execute((status) -> {
					lockRow(registrationId, principalName, deadline);
					try {
						return Outcome.returned(refresh.get());
					}
					catch (DataAccessException ex) {
						status.setRollbackOnly();
						return Outcome.thrown(ex);
					}
					catch (RuntimeException ex) {
						return Outcome.thrown(ex);
					}
				});
				return outcome.get();
			}
			catch (LockWaitExpiredException ex) {
				// H2 gives up a lock wait after its own lock timeout: wait again, up to
				// ours
				if (System.nanoTime() - deadline >= 0) {
					throw new CannotAcquireLockException("Waited " + this.lockTimeout + " for the refresh lock of the "
							+ registrationId + " client of principal " + principalName, ex.getCause());
				}
			}
		}
	}

	private void lockRow(String registrationId, String principalName, long deadline) {
		long remainingSeconds = TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime());
		int queryTimeout = (int) Math.max(1, Math.min(remainingSeconds, Integer.MAX_VALUE));
		try {
			this.jdbcTemplate.query((connection) -> {
				PreparedStatement statement = connection.prepareStatement(LOCK_ROW);
				statement.setString(1, registrationId);
				statement.setString(2, principalName);
				statement.setQueryTimeout(queryTimeout);
				return statement;
			}, ResultSet::next);
		}
		catch (PessimisticLockingFailureException | QueryTimeoutException ex) {
			throw new LockWaitExpiredException(ex);
		}
	}

	/**
	 * What the refresh returned or threw, carried out of the transaction so that it
	 * commits either way.
	 */
	private record Outcome<T>(@Nullable T value, @Nullable RuntimeException failure) {

		static <T> Outcome<T> returned(@Nullable T value) {
			return new Outcome<>(value, null);
		}

		static <T> Outcome<T> thrown(RuntimeException failure) {
			return new Outcome<>(null, failure);
		}

		@Nullable T get() {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.value;
		}

	}

	/**
	 * The database gave up waiting for the row lock; rolls back the attempt.
	 */
	private static final class LockWaitExpiredException extends RuntimeException {

		LockWaitExpiredException(DataAccessException cause) {
			super(cause.getMessage(), cause);
		}

	}

}
