package org.smartcarboot.simulator;

import com.github.tomakehurst.wiremock.http.MultiValue;
import com.github.tomakehurst.wiremock.http.Request;

/**
 * Reads single-valued query and form parameters.
 */
final class RequestParams {

	private RequestParams() {
	}

	/**
	 * The first value of a query parameter.
	 * @param request the request
	 * @param name the parameter name
	 * @return the decoded value, or {@code null} when absent
	 */
	static String query(Request request, String name) {
		return firstValue(request.queryParameter(name));
	}

	/**
	 * The first value of a form ({@code application/x-www-form-urlencoded}) parameter.
	 * @param request the request
	 * @param name the parameter name
	 * @return the decoded value, or {@code null} when absent
	 */
	static String form(Request request, String name) {
		return firstValue(request.formParameter(name));
	}

	/**
	 * The first value; WireMock's requests answer an absent parameter with an absent
	 * value, the requests built for batch items with {@code null}.
	 */
	private static String firstValue(MultiValue parameter) {
		return (parameter != null && parameter.isPresent()) ? parameter.firstValue() : null;
	}

}
