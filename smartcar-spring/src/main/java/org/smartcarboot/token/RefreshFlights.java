package org.smartcarboot.token;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

/**
 * Runs at most one refresh of an authorized client at a time in this JVM: the first
 * thread that needs one runs it, the threads that need it meanwhile wait for its result,
 * or its failure, instead of spending the same refresh token again. Only refreshes in
 * progress are kept.
 */
final class RefreshFlights {

	private final ConcurrentHashMap<ClientKey, CompletableFuture<@Nullable OAuth2AuthorizedClient>> running = new ConcurrentHashMap<>();

	/**
	 * Runs the refresh of a client, or waits for the one running.
	 * @param client the authorized client
	 * @param refresh the refresh, run by this thread unless one is running
	 * @return the result of the refresh this thread ran or waited for
	 */
	@Nullable OAuth2AuthorizedClient refresh(ClientKey client, Supplier<@Nullable OAuth2AuthorizedClient> refresh) {
		CompletableFuture<@Nullable OAuth2AuthorizedClient> mine = new CompletableFuture<>();
		CompletableFuture<@Nullable OAuth2AuthorizedClient> theirs = this.running.putIfAbsent(client, mine);
		if (theirs != null) {
			return await(theirs);
		}
		try {
			OAuth2AuthorizedClient refreshed = refresh.get();
			mine.complete(refreshed);
			return refreshed;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.running.remove(client, mine);
		}
	}

	/**
	 * Returns how many refreshes are in progress, for tests.
	 * @return the number of refreshes kept
	 */
	int size() {
		return this.running.size();
	}

	private static @Nullable OAuth2AuthorizedClient await(CompletableFuture<@Nullable OAuth2AuthorizedClient> refresh) {
		try {
			return refresh.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for another thread's token refresh", ex);
		}
		catch (ExecutionException ex) {
			Throwable failure = ex.getCause();
			if (failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failure instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("Token refresh failed", failure);
		}
	}

}
