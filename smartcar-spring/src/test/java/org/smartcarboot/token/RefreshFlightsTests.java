package org.smartcarboot.token;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link RefreshFlights} runs one refresh of a client for all the threads that
 * need it meanwhile, shares its result or its failure with them, and keeps nothing once
 * it is done.
 */
class RefreshFlightsTests {

	private static final ClientKey DRIVER = new ClientKey("smartcar", "driver");

	private final RefreshFlights flights = new RefreshFlights();

	@Test
	void threadsNeedingARefreshWhileOneRunsShareItsResult() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch leaderInside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		OAuth2AuthorizedClient refreshed = client("access-2");
		Call leader = Call.start(() -> this.flights.refresh(DRIVER, () -> {
			runs.incrementAndGet();
			leaderInside.countDown();
			awaitQuietly(release);
			return refreshed;
		}));
		assertThat(leaderInside.await(10, TimeUnit.SECONDS)).isTrue();
		List<Call> followers = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			followers.add(Call.start(() -> this.flights.refresh(DRIVER, () -> {
				runs.incrementAndGet();
				return client("not-shared");
			})));
		}
		followers.forEach(Call::awaitWaiting);
		release.countDown();

		assertThat(leader.result()).isSameAs(refreshed);
		for (Call follower : followers) {
			assertThat(follower.result()).isSameAs(refreshed);
		}
		assertThat(runs).hasValue(1);
		assertThat(this.flights.size()).isZero();
	}

	@Test
	void aFailedRefreshFailsTheThreadsWaitingForItAndTheNextNeedRunsAgain() throws Exception {
		CountDownLatch leaderInside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Call leader = Call.start(() -> this.flights.refresh(DRIVER, () -> {
			leaderInside.countDown();
			awaitQuietly(release);
			throw new IllegalStateException("token endpoint down");
		}));
		assertThat(leaderInside.await(10, TimeUnit.SECONDS)).isTrue();
		Call follower = Call.start(() -> this.flights.refresh(DRIVER, () -> client("not-shared")));
		follower.awaitWaiting();
		release.countDown();

		assertThat(leader.outcome).failsWithin(10, TimeUnit.SECONDS)
			.withThrowableThat()
			.havingCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessage("token endpoint down");
		assertThat(follower.outcome).failsWithin(10, TimeUnit.SECONDS)
			.withThrowableThat()
			.havingCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessage("token endpoint down");
		assertThat(this.flights.size()).isZero();
		assertThat(this.flights.refresh(DRIVER, () -> client("access-3")).getAccessToken().getTokenValue())
			.isEqualTo("access-3");
	}

	private static OAuth2AuthorizedClient client(String accessToken) {
		Instant now = Instant.now();
		return new OAuth2AuthorizedClient(
				SmartcarClientRegistrations
					.builder("http://127.0.0.1:1", "http://127.0.0.1:1", "http://127.0.0.1:1/v2.0")
					.clientId("client")
					.clientSecret("secret")
					.build(),
				"driver",
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, now, now.plusSeconds(3600)));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A call on a thread of its own, whose state tells when it waits for another thread's
	 * refresh.
	 */
	private static final class Call {

		private final CompletableFuture<OAuth2AuthorizedClient> outcome = new CompletableFuture<>();

		private final Thread thread;

		private Call(Supplier<OAuth2AuthorizedClient> work) {
			this.thread = new Thread(() -> {
				try {
					this.outcome.complete(work.get());
				}
				catch (RuntimeException ex) {
					this.outcome.completeExceptionally(ex);
				}
			});
			this.thread.setDaemon(true);
		}

		static Call start(Supplier<OAuth2AuthorizedClient> work) {
			Call call = new Call(work);
			call.thread.start();
			return call;
		}

		void awaitWaiting() {
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (this.thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			assertThat(this.thread.getState()).isEqualTo(Thread.State.WAITING);
		}

		OAuth2AuthorizedClient result() throws Exception {
			return this.outcome.get(10, TimeUnit.SECONDS);
		}

	}

}
