package org.smartcarboot.token;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link TokenRefreshLock} that serializes the refreshes of one authorized client
 * within this JVM, the default of {@link SmartcarAuthorizedClientManager}. It is enough
 * for a token store no other application instance sees, such as the in-memory one;
 * instances sharing a database need a lock in that database.
 * <p>
 * Each authorized client has its own lock, held only while a refresh of that client runs
 * or waits: the locks of idle clients are dropped, so the number kept never exceeds the
 * number of refreshes in progress.
 */
public final class InMemoryTokenRefreshLock implements TokenRefreshLock {

	private final ConcurrentHashMap<ClientKey, CountedLock> locks = new ConcurrentHashMap<>();

	@Override
	public <T> T callLocked(String registrationId, String principalName, Supplier<T> refresh) {
		ClientKey key = new ClientKey(registrationId, principalName);
		CountedLock lock = this.locks.compute(key, (client, held) -> {
			CountedLock counted = (held != null) ? held : new CountedLock();
			counted.users++;
			return counted;
		});
		lock.lock.lock();
		try {
			return refresh.get();
		}
		finally {
			lock.lock.unlock();
			this.locks.computeIfPresent(key, (client, held) -> (--held.users == 0) ? null : held);
		}
	}

	/**
	 * Returns how many authorized clients have a lock now, for tests.
	 * @return the number of locks kept
	 */
	int size() {
		return this.locks.size();
	}

	/**
	 * A lock and how many threads hold it or wait for it; the count only changes inside
	 * the map's atomic {@code compute} of its key.
	 */
	private static final class CountedLock {

		private final ReentrantLock lock = new ReentrantLock();

		private int users;

	}

}
