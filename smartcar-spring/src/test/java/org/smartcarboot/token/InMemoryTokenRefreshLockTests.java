package org.smartcarboot.token;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link InMemoryTokenRefreshLock} serializes the refreshes of one client, not
 * those of different clients, and keeps no lock once they are done.
 */
class InMemoryTokenRefreshLockTests {

	private final InMemoryTokenRefreshLock lock = new InMemoryTokenRefreshLock();

	private final ExecutorService threads = Executors.newFixedThreadPool(8);

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void refreshesOfOneClientRunOneAtATime() throws Exception {
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		Future<?>[] refreshes = new Future<?>[8];
		for (int i = 0; i < refreshes.length; i++) {
			refreshes[i] = this.threads.submit(() -> {
				start.await();
				return this.lock.callLocked("smartcar", "driver", () -> {
					mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
					sleep(20);
					return inside.decrementAndGet();
				});
			});
		}
		start.countDown();
		for (Future<?> refresh : refreshes) {
			refresh.get(10, TimeUnit.SECONDS);
		}
		assertThat(mostInside).hasValue(1);
		assertThat(this.lock.size()).isZero();
	}

	@Test
	void refreshesOfDifferentClientsDoNotWaitForEachOther() throws Exception {
		CountDownLatch bothInside = new CountDownLatch(2);
		Future<Boolean> first = this.threads.submit(() -> this.lock.callLocked("smartcar", "driver-1", () -> {
			bothInside.countDown();
			return await(bothInside);
		}));
		Future<Boolean> second = this.threads.submit(() -> this.lock.callLocked("smartcar", "driver-2", () -> {
			bothInside.countDown();
			return await(bothInside);
		}));
		assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.lock.size()).isZero();
	}

	@Test
	void aFailingRefreshReleasesTheLock() {
		try {
			this.lock.callLocked("smartcar", "driver", () -> {
				throw new IllegalStateException("refresh failed");
			});
		}
		catch (IllegalStateException expected) {
			assertThat(expected).hasMessage("refresh failed");
		}
		assertThat(this.lock.size()).isZero();
		assertThat(this.lock.callLocked("smartcar", "driver", () -> "again")).isEqualTo("again");
	}

	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
