package org.smartcarboot.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.web.client.RestClient;

/**
 * Sends GET requests all at once, each from its own thread, and times them until the last
 * answer: against an endpoint that answers late, the time tells how many connections the
 * client's transport opened at once.
 */
public final class ConcurrentCalls {

	private ConcurrentCalls() {
	}

	/**
	 * Sends the requests and waits for every answer.
	 * @param client the client
	 * @param path the path to request
	 * @param calls the number of requests
	 * @return the time from the first request to the last answer
	 * @throws Exception when a request fails
	 */
	public static Duration timeAll(RestClient client, String path, int calls) throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(calls);
		try {
			long start = System.nanoTime();
			List<Future<?>> sent = new ArrayList<>();
			for (int call = 0; call < calls; call++) {
				sent.add(callers.submit(() -> client.get().uri(path).retrieve().toBodilessEntity()));
			}
			for (Future<?> call : sent) {
				call.get();
			}
			return Duration.ofNanos(System.nanoTime() - start);
		}
		finally {
			callers.shutdownNow();
		}
	}

}
