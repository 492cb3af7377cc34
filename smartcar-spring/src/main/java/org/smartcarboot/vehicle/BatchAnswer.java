package org.smartcarboot.vehicle;

import java.util.List;
import java.util.Map;

import org.smartcarboot.api.ResponseBodies;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The body of Smartcar's answer to a batch request: one item per read, each with the
 * status, headers and body a request of its own would have had.
 *
 * @param responses the items
 */
record BatchAnswer(List<Item> responses) {

	BatchAnswer {
		ResponseBodies.require(responses, "responses").forEach((item) -> ResponseBodies.require(item, "responses[]"));
		responses = List.copyOf(responses);
	}

	/**
	 * One item of a batch answer. Only the path is required here, so that an item with no
	 * status fails alone, when it is read.
	 *
	 * @param path the path read, such as {@code /odometer}
	 * @param code the HTTP status of the item, or {@code null} when missing
	 * @param headers the item's own headers, often absent
	 * @param body the item's body, a value or an error
	 */
	record Item(String path, @Nullable Integer code, @Nullable Map<String, @Nullable String> headers,
			@Nullable JsonNode body) {

		Item {
			ResponseBodies.require(path, "responses[].path");
		}

	}

}
