package org.smartcarboot.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarErrorReader;

import org.springframework.http.HttpHeaders;

/**
 * What Smartcar says about a response, from its {@code sc-*} headers. A header that is
 * absent or malformed leaves its field {@code null}.
 *
 * @param requestId Smartcar's id of the request ({@code sc-request-id})
 * @param dataAge when the vehicle recorded the data ({@code sc-data-age}), UTC
 * @param fetchedAt when Smartcar fetched the data from the vehicle
 * ({@code sc-fetched-at}), UTC
 * @param unitSystem the unit system of the measurements ({@code sc-unit-system})
 */
public record ResponseMeta(@Nullable String requestId, @Nullable Instant dataAge, @Nullable Instant fetchedAt,
		@Nullable UnitSystem unitSystem) {

	/**
	 * Reads the metadata from response headers.
	 * @param headers the response headers
	 * @return the metadata
	 */
	public static ResponseMeta from(HttpHeaders headers) {
		return new ResponseMeta(headers.getFirst(SmartcarErrorReader.REQUEST_ID_HEADER),
				HeaderInstants.parse(headers.getFirst("sc-data-age")),
				HeaderInstants.parse(headers.getFirst("sc-fetched-at")),
				UnitSystem.fromHeader(headers.getFirst(UnitSystem.HEADER)));
	}

}
