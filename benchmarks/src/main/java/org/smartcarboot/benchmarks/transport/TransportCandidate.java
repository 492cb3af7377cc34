package org.smartcarboot.benchmarks.transport;

import org.smartcarboot.api.SmartcarHttpTransport;

import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * A request factory the starter could send its requests with, made once and shared by the
 * starter's service, its token requests and a bare {@code RestClient}, so that they
 * compare on the same connections and threads.
 *
 * @param name the short name in tables and in the {@code RESULT} line
 * @param description what it is and how it is set up
 * @param requestFactory the request factory
 * @param resources what to close after the benchmark: its client, pool or executor
 */
public record TransportCandidate(String name, String description, ClientHttpRequestFactory requestFactory,
		AutoCloseable resources) implements AutoCloseable {

	/**
	 * Returns a transport that hands the library this candidate's request factory.
	 * @return the transport, for {@code builder.httpTransport(...)}
	 */
	public SmartcarHttpTransport transport() {
		return (connectTimeout, readTimeout) -> this.requestFactory;
	}

	/**
	 * Closes the candidate's client, pool or executor.
	 * @throws Exception when closing fails
	 */
	@Override
	public void close() throws Exception {
		this.resources.close();
	}

}
