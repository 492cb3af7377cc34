package org.smartcarboot.vehicle;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * A request to any path below one vehicle, such as a make-specific endpoint, checked
 * before it is sent: the path is made of plain relative segments (no {@code ..}, no
 * scheme, host, query or fragment, no percent escapes), and the headers are well formed
 * and leave the access token and the transport alone.
 *
 * @param method the HTTP method
 * @param path the path below {@code /vehicles/{id}/}, such as
 * {@code tesla/charge/ammeter}; one leading slash is dropped
 * @param body the JSON body, or {@code null} for none
 * @param headers extra headers
 */
record VehicleRequest(HttpMethod method, String path, @Nullable Object body, Map<String, String> headers) {

	private static final int MAX_PATH_LENGTH = 256;

	private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");

	private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

	/**
	 * Headers the request may not set: the access token, and those the HTTP client owns.
	 */
	private static final Set<String> RESERVED_HEADERS = Set.of("authorization", "connection", "content-length",
			"expect", "host", "upgrade");

	VehicleRequest {
		Assert.notNull(method, "method must not be null");
		Assert.notNull(path, "path must not be null");
		path = path.startsWith("/") ? path.substring(1) : path;
		checkPath(path);
		Assert.notNull(headers, "headers must not be null");
		headers.forEach(VehicleRequest::checkHeader);
		headers = Map.copyOf(headers);
	}

	private static void checkPath(String path) {
		Assert.isTrue(!path.isEmpty() && path.length() <= MAX_PATH_LENGTH,
				() -> "path must be a relative path of at most " + MAX_PATH_LENGTH + " characters, was '" + path + "'");
		for (String segment : path.split("/", -1)) {
			Assert.isTrue(SEGMENT.matcher(segment).matches() && !".".equals(segment) && !"..".equals(segment),
					() -> "path must be plain segments of letters, digits, '-', '_', '.' and '~' separated by '/'"
							+ " (no '..', query, fragment or percent escapes), was '" + path + "'");
		}
	}

	private static void checkHeader(String name, String value) {
		Assert.isTrue(name != null && HEADER_NAME.matcher(name).matches(),
				() -> "header name must be an HTTP token, was '" + name + "'");
		Assert.isTrue(!RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT)),
				() -> "header " + name + " cannot be set: the access token and the transport headers are the client's");
		Assert.isTrue(value != null && value.chars().noneMatch((c) -> c == '\r' || c == '\n' || c == 0),
				() -> "the value of header " + name + " must be a single line");
	}

	/**
	 * Returns the path template below the API version, keeping the vehicle id a variable
	 * so that metrics see one template per endpoint.
	 * @param vehiclePath the template of the vehicle's path, {@code /vehicles/{id}}
	 * @return the template, such as {@code /vehicles/{id}/tesla/charge/ammeter}
	 */
	String uriTemplate(String vehiclePath) {
		return vehiclePath + "/" + this.path;
	}

	@Override
	public String toString() {
		return "VehicleRequest[" + this.method + " " + this.path + ", headers " + this.headers.keySet() + "]";
	}

}
