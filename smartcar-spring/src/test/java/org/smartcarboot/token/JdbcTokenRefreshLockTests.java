package org.smartcarboot.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcarboot.TestDatabase;
import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests {@link JdbcTokenRefreshLock} with two application instances, each with a data
 * source, token store and lock of its own, on one database: a refresh of a client waits
 * for the other instance's refresh of that client to commit and then reads its pair,
 * refreshes of different clients do not wait, and a refresh's writes commit with it.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class JdbcTokenRefreshLockTests {

	private static final String SMARTCAR = SmartcarClientRegistrations.REGISTRATION_ID;

	/**
	 * Longer than H2's own lock timeout of one second, so the lock waits again.
	 */
	private static final long A_WHILE_MILLIS = 2500;

	@Parameter
	TestDatabase.Kind kind;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private TestDatabase database;

	private Instance one;

	private Instance two;

	@BeforeEach
	void createInstances() {
		this.database = this.kind.create();
		this.database.createTokenTable();
		this.one = new Instance(this.database.newDataSource(), JdbcTokenRefreshLock.DEFAULT_LOCK_TIMEOUT);
		this.two = new Instance(this.database.newDataSource(), JdbcTokenRefreshLock.DEFAULT_LOCK_TIMEOUT);
		this.one.save("driver-1", "refresh-1");
		this.one.save("driver-2", "refresh-1");
	}

	@AfterEach
	void dropDatabase() throws InterruptedException {
		this.threads.shutdownNow();
		assertThat(this.threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aRefreshOfTheSameClientWaitsForTheOtherInstanceToCommitAndReadsItsPair() throws Exception {
		CountDownLatch oneHoldsTheLock = new CountDownLatch(1);
		CountDownLatch oneMayFinish = new CountDownLatch(1);
		Future<String> outsideView = this.threads.submit(() -> this.one.lock.callLocked(SMARTCAR, "driver-1", () -> {
			oneHoldsTheLock.countDown();
			await(oneMayFinish);
			this.one.save("driver-1", "refresh-2");
			// a third connection does not see the new pair before the lock is released
			return refreshTokenOf(new Instance(this.database.newDataSource(), Duration.ofSeconds(1)), "driver-1");
		}));
		assertThat(oneHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();

		CountDownLatch twoRuns = new CountDownLatch(1);
		Future<String> twoSees = this.threads.submit(() -> this.two.lock.callLocked(SMARTCAR, "driver-1", () -> {
			twoRuns.countDown();
			return refreshTokenOf(this.two, "driver-1");
		}));

		assertThat(twoRuns.await(A_WHILE_MILLIS, TimeUnit.MILLISECONDS)).as("second refresh ran during the first")
			.isFalse();
		oneMayFinish.countDown();
		assertThat(outsideView.get(10, TimeUnit.SECONDS)).isEqualTo("refresh-1");
		assertThat(twoSees.get(10, TimeUnit.SECONDS)).isEqualTo("refresh-2");
	}

	@Test
	void refreshesOfDifferentClientsDoNotWaitForEachOther() throws Exception {
		CountDownLatch oneHoldsTheLock = new CountDownLatch(1);
		CountDownLatch oneMayFinish = new CountDownLatch(1);
		Future<String> first = this.threads.submit(() -> this.one.lock.callLocked(SMARTCAR, "driver-1", () -> {
			oneHoldsTheLock.countDown();
			await(oneMayFinish);
			return "first";
		}));
		assertThat(oneHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();

		Future<String> other = this.threads.submit(() -> this.two.lock.callLocked(SMARTCAR, "driver-2", () -> {
			this.two.save("driver-2", "refresh-2");
			return "other";
		}));

		assertThat(other.get(A_WHILE_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo("other");
		assertThat(first.isDone()).isFalse();
		assertThat(refreshTokenOf(this.one, "driver-2")).isEqualTo("refresh-2");
		oneMayFinish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
	}

	@Test
	void aWaitLongerThanTheLockTimeoutFailsWithoutRunningTheRefresh() throws Exception {
		Instance impatient = new Instance(this.database.newDataSource(), Duration.ofSeconds(2));
		CountDownLatch oneHoldsTheLock = new CountDownLatch(1);
		CountDownLatch oneMayFinish = new CountDownLatch(1);
		Future<String> first = this.threads.submit(() -> this.one.lock.callLocked(SMARTCAR, "driver-1", () -> {
			oneHoldsTheLock.countDown();
			await(oneMayFinish);
			return "first";
		}));
		assertThat(oneHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();
		CountDownLatch impatientRuns = new CountDownLatch(1);
		Instant start = Instant.now();

		assertThatExceptionOfType(CannotAcquireLockException.class)
			.isThrownBy(() -> impatient.lock.callLocked(SMARTCAR, "driver-1", () -> {
				impatientRuns.countDown();
				return "impatient";
			}))
			.withMessage("Waited PT2S for the refresh lock of the smartcar client of principal driver-1");

		assertThat(Duration.between(start, Instant.now())).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
		assertThat(impatientRuns.getCount()).isOne();
		oneMayFinish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
	}

	@Test
	void whatARefreshWroteIsCommittedEvenWhenItThenThrows() {
		IllegalStateException rejected = new IllegalStateException("rejected");

		assertThatIllegalStateException().isThrownBy(() -> this.one.lock.callLocked(SMARTCAR, "driver-1", () -> {
			this.one.save("driver-1", "refresh-2");
			this.one.store.removeAuthorizedClient(SMARTCAR, "driver-2");
			throw rejected;
		})).isSameAs(rejected);

		assertThat(refreshTokenOf(this.two, "driver-1")).isEqualTo("refresh-2");
		assertThat(this.two.store.<OAuth2AuthorizedClient>loadAuthorizedClient(SMARTCAR, "driver-2")).isNull();
	}

	@Test
	void aFailureOfTheDatabaseDuringARefreshRollsItsWritesBack() {
		DataRetrievalFailureException failure = new DataRetrievalFailureException("lost the connection");

		assertThatExceptionOfType(DataRetrievalFailureException.class)
			.isThrownBy(() -> this.one.lock.callLocked(SMARTCAR, "driver-1", () -> {
				this.one.save("driver-1", "refresh-2");
				throw failure;
			}))
			.isSameAs(failure);

		assertThat(refreshTokenOf(this.two, "driver-1")).isEqualTo("refresh-1");
	}

	@Test
	void aRefreshCommitsOnItsOwnInsideATransactionOfTheApplication() {
		TransactionTemplate application = new TransactionTemplate(new JdbcTransactionManager(this.one.dataSource));

		String seenBeforeTheApplicationEnds = application.execute((status) -> {
			this.one.lock.callLocked(SMARTCAR, "driver-1", () -> {
				this.one.save("driver-1", "refresh-2");
				return "refreshed";
			});
			status.setRollbackOnly();
			return refreshTokenOf(this.two, "driver-1");
		});

		assertThat(seenBeforeTheApplicationEnds).isEqualTo("refresh-2");
		assertThat(refreshTokenOf(this.two, "driver-1")).isEqualTo("refresh-2");
	}

	@Test
	void aClientWithNoStoredRowIsRefreshedWithoutWaiting() {
		assertThat(this.one.lock.callLocked(SMARTCAR, "never-connected", () -> "ran")).isEqualTo("ran");
		assertThat(new JdbcTemplate(this.one.dataSource).queryForObject("SELECT COUNT(*) FROM oauth2_authorized_client",
				Integer.class))
			.isEqualTo(2);
	}

	@Test
	void badArgumentsAreRefusedBeforeTheDatabaseIsAsked() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.one.lock.callLocked(SMARTCAR, " ", () -> "ran"))
			.withMessage("principalName must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> this.one.lock.callLocked("", "driver-1", () -> "ran"))
			.withMessage("registrationId must not be empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JdbcTokenRefreshLock(this.one.dataSource, Duration.ofMillis(500)))
			.withMessage("lockTimeout must be at least one second");
	}

	private static String refreshTokenOf(Instance instance, String principalName) {
		OAuth2AuthorizedClient client = instance.store.loadAuthorizedClient(SMARTCAR, principalName);
		return client.getRefreshToken().getTokenValue();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What one application instance has: a data source, a token store and a lock.
	 */
	private static final class Instance {

		private static final ClientRegistration REGISTRATION = SmartcarClientRegistrations
			.builder("http://127.0.0.1:1", "http://127.0.0.1:1", "http://127.0.0.1:1/v2.0")
			.clientId("client-id")
			.clientSecret("client-secret")
			.build();

		private final DataSource dataSource;

		private final JdbcOAuth2AuthorizedClientService store;

		private final JdbcTokenRefreshLock lock;

		Instance(DataSource dataSource, Duration lockTimeout) {
			this.dataSource = dataSource;
			this.store = new JdbcOAuth2AuthorizedClientService(new JdbcTemplate(dataSource),
					new InMemoryClientRegistrationRepository(REGISTRATION));
			this.lock = new JdbcTokenRefreshLock(dataSource, lockTimeout);
		}

		void save(String principalName, String refreshToken) {
			Instant issuedAt = Instant.now();
			OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(
					REGISTRATION, principalName, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
							"access-of-" + refreshToken, issuedAt, issuedAt.plus(Duration.ofHours(2))),
					new OAuth2RefreshToken(refreshToken, issuedAt));
			this.store.saveAuthorizedClient(client,
					UsernamePasswordAuthenticationToken.authenticated(principalName, null, List.of()));
		}

	}

}
