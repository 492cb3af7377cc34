package org.smartcarboot.api;

import java.io.IOException;

import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * Sends requests to one Smartcar service and reads every answer into a
 * {@link SmartcarResponse} or a {@link SmartcarException}: an error status, a body that
 * cannot be read, an empty body or no response at all. The building block of the
 * library's service classes; applications use those.
 */
public final class SmartcarExchange {

	private final RestClient restClient;

	private final SmartcarErrorReader errorReader;

	/**
	 * Creates an exchange.
	 * @param restClient the client configured with the service's base URL and
	 * authentication
	 * @param errorReader reads error responses
	 */
	public SmartcarExchange(RestClient restClient, SmartcarErrorReader errorReader) {
		this.restClient = restClient;
		this.errorReader = errorReader;
	}

	/**
	 * Returns the reader of error responses.
	 * @return the error reader
	 */
	public SmartcarErrorReader errorReader() {
		return this.errorReader;
	}

	/**
	 * Starts a request; send it with {@link #send(RequestHeadersSpec, Class)}.
	 * @param method the HTTP method
	 * @param uriTemplate the path, relative to the base URL, or an absolute URL, with
	 * {@code {variables}}
	 * @param uriVariables the values of the variables, encoded by the template
	 * @return the request to complete
	 */
	public RestClient.RequestBodySpec request(HttpMethod method, String uriTemplate, Object... uriVariables) {
		return this.restClient.method(method).uri(uriTemplate, uriVariables);
	}

	/**
	 * Sends a request and reads the response body.
	 * @param <T> the type of the body
	 * @param request the request
	 * @param type the type of the body
	 * @return the body and the response's metadata
	 * @throws SmartcarException when Smartcar answers with an error, with a body that
	 * cannot be read, or not at all
	 */
	public <T> SmartcarResponse<T> send(RequestHeadersSpec<?> request, Class<T> type) {
		return send(request, ParameterizedTypeReference.forType(type));
	}

	/**
	 * Sends a request and reads the response body as a generic type.
	 * @param <T> the type of the body
	 * @param request the request
	 * @param type the type of the body
	 * @return the body and the response's metadata
	 * @throws SmartcarException when Smartcar answers with an error, with a body that
	 * cannot be read, or not at all
	 */
	public <T> SmartcarResponse<T> send(RequestHeadersSpec<?> request, ParameterizedTypeReference<T> type) {
		try {
			return request.exchange((clientRequest, response) -> read(response, type), true);
		}
		catch (ResourceAccessException ex) {
			throw this.errorReader.noResponse(ex);
		}
	}

	private <T> SmartcarResponse<T> read(ConvertibleClientHttpResponse response, ParameterizedTypeReference<T> type)
			throws IOException {
		if (response.getStatusCode().isError()) {
			throw this.errorReader.read(response);
		}
		T value;
		try {
			value = response.bodyTo(type);
		}
		catch (RestClientException | IllegalArgumentException ex) {
			throw this.errorReader.unreadable(response.getStatusCode(), response.getHeaders(), ex);
		}
		if (value == null) {
			throw this.errorReader.unreadable(response.getStatusCode(), response.getHeaders(), "empty body", null);
		}
		return new SmartcarResponse<>(value, ResponseMeta.from(response.getHeaders()));
	}

}
