package org.smartcarboot.simulator;

import java.util.Locale;
import java.util.Objects;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

/**
 * An HTTP method and a path template such as {@code /v2.0/vehicles/{id}/odometer}, where
 * each {@code {variable}} matches one path segment. Identifies the requests a stub
 * serves, a fault applies to or a counter counts.
 *
 * @param method the HTTP method
 * @param pathTemplate the path template, starting with {@code /}
 */
record Endpoint(RequestMethod method, String pathTemplate) {

	Endpoint {
		Objects.requireNonNull(method, "method");
		if (pathTemplate == null || !pathTemplate.startsWith("/")) {
			throw new IllegalArgumentException("pathTemplate must start with '/', was " + pathTemplate);
		}
	}

	static Endpoint of(String method, String pathTemplate) {
		Objects.requireNonNull(method, "method");
		return new Endpoint(RequestMethod.fromString(method.toUpperCase(Locale.ROOT)), pathTemplate);
	}

	/**
	 * Starts a stub mapping for this endpoint.
	 * @return the mapping builder
	 */
	MappingBuilder stub() {
		return WireMock.request(this.method.getName(), urlPathTemplate(this.pathTemplate));
	}

	/**
	 * Starts a request pattern for this endpoint, to match or count requests.
	 * @return the pattern builder
	 */
	RequestPatternBuilder requests() {
		return RequestPatternBuilder.newRequestPattern(this.method, urlPathTemplate(this.pathTemplate));
	}

	boolean matches(Request request) {
		return requests().build().match(request).isExactMatch();
	}

	/**
	 * Reads the path variables of a path this endpoint matches.
	 * @param path the path, without a query
	 * @return the variables by name
	 */
	PathParams pathParameters(String path) {
		return new PathTemplate(this.pathTemplate).parse(path);
	}

}
