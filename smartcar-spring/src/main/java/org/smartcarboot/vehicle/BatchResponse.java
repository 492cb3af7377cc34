package org.smartcarboot.vehicle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.ResponseMeta;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.util.Assert;

/**
 * Smartcar's answer to a batch request: one item per read, each read on its own with
 * {@link #get(VehicleRead)}. An item Smartcar answered with an error throws its own
 * {@link SmartcarException} there, without failing the other items.
 */
public final class BatchResponse {

	private final List<VehicleRead<?>> reads;

	private final Map<String, BatchAnswer.Item> items = new LinkedHashMap<>();

	private final ResponseMeta meta;

	private final SmartcarErrorReader errorReader;

	BatchResponse(BatchRequest request, SmartcarResponse<BatchAnswer> answer, SmartcarErrorReader errorReader) {
		this.reads = request.reads();
		answer.value().responses().forEach((item) -> this.items.putIfAbsent(item.path(), item));
		this.meta = answer.meta();
		this.errorReader = errorReader;
	}

	/**
	 * Returns the answer to one read of the batch, with the item's own metadata: its
	 * {@code sc-*} headers, and the batch request's id when the item has none.
	 * @param <T> the type of the value read
	 * @param read one of the reads the batch asked for
	 * @return the value read
	 * @throws SmartcarException when Smartcar answered this read with an error (with the
	 * item's status, request id and {@code retry-after}), when its body cannot be read,
	 * or when the answer has no item for it
	 * @throws IllegalArgumentException when the batch did not ask for this read
	 */
	public <T> SmartcarResponse<T> get(VehicleRead<T> read) {
		Assert.notNull(read, "read must not be null");
		Assert.isTrue(this.reads.contains(read), () -> read + " was not asked for in this batch of " + this.reads);
		BatchAnswer.Item item = this.items.get(read.path());
		if (item == null) {
			throw this.errorReader.unreadable(HttpStatus.OK, batchHeaders(),
					"the batch answer has no item for " + read.path(), null);
		}
		HttpHeaders headers = itemHeaders(item);
		Integer code = item.code();
		if (code == null || code < 100 || code > 999) {
			throw this.errorReader.unreadable(HttpStatus.OK, headers,
					"the item for " + read.path() + " has no valid status code: " + code, null);
		}
		HttpStatusCode status = HttpStatusCode.valueOf(code);
		JsonNode body = item.body();
		boolean empty = body == null || body.isNull() || body.isMissingNode();
		if (!status.is2xxSuccessful()) {
			throw this.errorReader.read(status, headers,
					empty ? new byte[0] : this.errorReader.jsonMapper().writeValueAsBytes(body));
		}
		if (empty) {
			throw this.errorReader.unreadable(status, headers, "the item for " + read.path() + " has no body", null);
		}
		try {
			return new SmartcarResponse<>(this.errorReader.jsonMapper().treeToValue(body, read.type()),
					ResponseMeta.from(headers));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw this.errorReader.unreadable(status, headers,
					"the item for " + read.path() + ": " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage(),
					ex);
		}
	}

	/**
	 * Returns the reads the batch asked for, in the order given.
	 * @return the reads
	 */
	public List<VehicleRead<?>> reads() {
		return this.reads;
	}

	/**
	 * Returns the metadata of the batch response as a whole, such as its request id.
	 * @return the batch response's metadata
	 */
	public ResponseMeta meta() {
		return this.meta;
	}

	private HttpHeaders batchHeaders() {
		HttpHeaders headers = new HttpHeaders();
		addRequestId(headers);
		return headers;
	}

	private HttpHeaders itemHeaders(BatchAnswer.Item item) {
		HttpHeaders headers = new HttpHeaders();
		Map<String, @Nullable String> itemHeaders = item.headers();
		if (itemHeaders != null) {
			itemHeaders.forEach((name, value) -> {
				if (value != null) {
					headers.add(name, value);
				}
			});
		}
		if (!headers.containsHeader(SmartcarErrorReader.REQUEST_ID_HEADER)) {
			addRequestId(headers);
		}
		return headers;
	}

	private void addRequestId(HttpHeaders headers) {
		String requestId = this.meta.requestId();
		if (requestId != null) {
			headers.add(SmartcarErrorReader.REQUEST_ID_HEADER, requestId);
		}
	}

	@Override
	public String toString() {
		return "BatchResponse" + this.reads;
	}

}
