package org.smartcarboot.v3;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.ResponseBodies;

/**
 * One page of a vehicle's signals in API v3.
 *
 * @param signals the signals on this page (the document's {@code data})
 * @param meta where this page is in the whole list
 * @param links URL paths by relation, such as {@code self}, {@code next} or {@code last};
 * empty when the body has none
 * @param included the resources the page refers to, or {@code null}
 */
public record SignalPage(@JsonProperty("data") List<Signal> signals, Meta meta, Map<String, String> links,
		@Nullable Included included) {

	/**
	 * Creates the page, requiring the signals and the paging.
	 */
	public SignalPage {
		signals = ResponseBodies.requireList(signals, "data");
		ResponseBodies.require(meta, "meta");
		links = JsonApiLinks.copy(links);
	}

	/**
	 * Position of a page in the list of signals.
	 *
	 * @param page the number of this page, from 1
	 * @param pageSize the most signals a page holds
	 * @param totalCount the number of signals in the whole list
	 */
	public record Meta(Integer page, Integer pageSize, Integer totalCount) {

		/**
		 * Creates the paging, requiring every field.
		 */
		public Meta {
			ResponseBodies.require(page, "meta.page");
			ResponseBodies.require(pageSize, "meta.pageSize");
			ResponseBodies.require(totalCount, "meta.totalCount");
		}

	}

	/**
	 * The resources a page refers to.
	 *
	 * @param vehicle the vehicle the signals belong to, or {@code null}
	 */
	public record Included(@Nullable V3Vehicle vehicle) {

	}

}
