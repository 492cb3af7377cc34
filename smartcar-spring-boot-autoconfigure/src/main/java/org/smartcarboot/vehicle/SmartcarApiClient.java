package org.smartcarboot.vehicle;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.web.client.RequestAttributePrincipalResolver;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * Sends requests to the Smartcar vehicle API for one principal and turns the answers into
 * {@link SmartcarResponse}s or {@link SmartcarException}s.
 */
final class SmartcarApiClient {

	/**
	 * Most bytes of an error body read; Smartcar's are far smaller, a proxy's error page
	 * may not be.
	 */
	private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

	private final RestClient restClient;

	private final SmartcarErrorReader errorReader;

	private final @Nullable String principalName;

	/**
	 * Creates a client.
	 * @param restClient the client configured with the API base URL and the OAuth2
	 * interceptor
	 * @param errorReader reads error responses
	 * @param principalName the name of the principal whose token is used, or {@code null}
	 * for the signed-in user
	 */
	SmartcarApiClient(RestClient restClient, SmartcarErrorReader errorReader, @Nullable String principalName) {
		this.restClient = restClient;
		this.errorReader = errorReader;
		this.principalName = principalName;
	}

	SmartcarApiClient forPrincipal(String principalName) {
		return new SmartcarApiClient(this.restClient, this.errorReader, principalName);
	}

	<T> SmartcarResponse<T> get(Class<T> type, UnitSystem unitSystem, String path, Object... uriVariables) {
		return exchange(
				this.restClient.get().uri(path, uriVariables).header(UnitSystem.HEADER, unitSystem.headerValue()),
				type);
	}

	<T> SmartcarResponse<T> post(Class<T> type, Map<String, ?> body, String path, Object... uriVariables) {
		return exchange(
				this.restClient.post().uri(path, uriVariables).contentType(MediaType.APPLICATION_JSON).body(body),
				type);
	}

	private <T> SmartcarResponse<T> exchange(RequestHeadersSpec<?> request, Class<T> type) {
		if (this.principalName == null && SecurityContextHolder.getContext().getAuthentication() == null) {
			throw new IllegalStateException(
					"No user is signed in on this thread; use forUser(principalName) to call Smartcar for a stored user");
		}
		try {
			return request.attributes(principalAttribute())
				.exchange((clientRequest, response) -> read(response, type), true);
		}
		catch (ResourceAccessException ex) {
			throw this.errorReader.noResponse(ex);
		}
		catch (ClientAuthorizationRequiredException ex) {
			// Spring Security's filters answer it by sending the driver to Connect
			throw ex;
		}
		catch (OAuth2AuthorizationException ex) {
			throw this.errorReader.tokenFailure(ex);
		}
	}

	private Consumer<Map<String, Object>> principalAttribute() {
		return (this.principalName != null) ? RequestAttributePrincipalResolver.principal(this.principalName)
				: (attributes) -> {
				};
	}

	private <T> SmartcarResponse<T> read(ConvertibleClientHttpResponse response, Class<T> type) throws IOException {
		if (response.getStatusCode().isError()) {
			throw this.errorReader.read(response.getStatusCode(), response.getHeaders(),
					response.getBody().readNBytes(MAX_ERROR_BODY_BYTES));
		}
		T value;
		try {
			value = response.bodyTo(type);
		}
		catch (RestClientException | IllegalArgumentException ex) {
			throw this.errorReader.unreadable(response.getStatusCode(), response.getHeaders(),
					NestedExceptionUtils.getMostSpecificCause(ex).getMessage(), ex);
		}
		if (value == null) {
			throw this.errorReader.unreadable(response.getStatusCode(), response.getHeaders(), "empty body", null);
		}
		return new SmartcarResponse<>(value, ResponseMeta.from(response.getHeaders()));
	}

}
