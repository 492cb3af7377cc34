package org.smartcarboot.v3;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code links} object of a JSON:API resource or document, kept as relation name to
 * URL path.
 */
final class JsonApiLinks {

	private JsonApiLinks() {
	}

	/**
	 * Copies links, leaving out relations without a URL.
	 * @param links the links read, or {@code null} when the body has none
	 * @return the links, unmodifiable, possibly empty
	 */
	static Map<String, String> copy(@Nullable Map<String, @Nullable String> links) {
		if (links == null) {
			return Map.of();
		}
		Map<String, String> copy = new LinkedHashMap<>();
		links.forEach((relation, url) -> {
			if (url != null) {
				copy.put(relation, url);
			}
		});
		return Collections.unmodifiableMap(copy);
	}

}
