package org.smartcarboot.vehicle;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarExchange;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.web.client.RequestAttributePrincipalResolver;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClient;

/**
 * Sends requests to the Smartcar vehicle API with the access token of one principal and
 * turns the answers into {@link SmartcarResponse}s or {@link SmartcarException}s. Reads
 * ({@code GET} requests and batches of reads) are retried as the {@link SmartcarRetry}
 * says; commands never are. A failure to obtain the access token is not retried either: a
 * refresh whose answer was lost may have rotated the refresh token already.
 */
final class SmartcarApiClient {

	private final SmartcarExchange exchange;

	private final String v3ApiUrl;

	private final @Nullable String principalName;

	private final SmartcarRetry retry;

	/**
	 * Creates a client.
	 * @param exchange the exchange whose client has the unversioned API base URL and the
	 * OAuth2 interceptor
	 * @param v3ApiUrl the absolute base URL of API v3, including its version path
	 * @param principalName the name of the principal whose token is used, or {@code null}
	 * for the signed-in user
	 * @param retry how reads are retried
	 */
	SmartcarApiClient(SmartcarExchange exchange, String v3ApiUrl, @Nullable String principalName, SmartcarRetry retry) {
		this.exchange = exchange;
		this.v3ApiUrl = v3ApiUrl;
		this.principalName = principalName;
		this.retry = retry;
	}

	SmartcarApiClient forPrincipal(String principalName) {
		return new SmartcarApiClient(this.exchange, this.v3ApiUrl, principalName, this.retry);
	}

	<T> SmartcarResponse<T> get(Class<T> type, CallOptions options, String path, Object... uriVariables) {
		return call(HttpMethod.GET, options, null, ParameterizedTypeReference.forType(type), path, uriVariables);
	}

	<T> SmartcarResponse<T> post(Class<T> type, CallOptions options, Object body, String path, Object... uriVariables) {
		return call(HttpMethod.POST, options, body, ParameterizedTypeReference.forType(type), path, uriVariables);
	}

	/**
	 * Sends a {@code POST} request that only reads, such as a batch of reads, and so is
	 * retried like a {@code GET}.
	 * @param <T> the type of the response body
	 * @param type the type of the response body
	 * @param options the API version and unit system
	 * @param body the JSON body
	 * @param path the path after the version, with {@code {variables}}
	 * @param uriVariables the values of the variables
	 * @return the response
	 */
	<T> SmartcarResponse<T> postRead(Class<T> type, CallOptions options, Object body, String path,
			Object... uriVariables) {
		return send(HttpMethod.POST, true, options.versioned(path), options, Map.of(), body,
				ParameterizedTypeReference.forType(type), uriVariables);
	}

	/**
	 * Sends a request to a versioned path of the vehicle API.
	 * @param <T> the type of the response body
	 * @param method the HTTP method
	 * @param options the API version and unit system
	 * @param body the JSON body, or {@code null} for none
	 * @param type the type of the response body
	 * @param path the path after the version, with {@code {variables}}
	 * @param uriVariables the values of the variables
	 * @return the response
	 */
	<T> SmartcarResponse<T> call(HttpMethod method, CallOptions options, @Nullable Object body,
			ParameterizedTypeReference<T> type, String path, Object... uriVariables) {
		return call(method, options, Map.of(), body, type, path, uriVariables);
	}

	/**
	 * Sends a request with extra headers to a versioned path of the vehicle API; a
	 * {@code GET} is retried as a read.
	 * @param <T> the type of the response body
	 * @param method the HTTP method
	 * @param options the API version and unit system
	 * @param headers headers to send, replacing those of the same name the request has
	 * otherwise; the access token is added after them
	 * @param body the JSON body, or {@code null} for none
	 * @param type the type of the response body
	 * @param path the path after the version, with {@code {variables}}
	 * @param uriVariables the values of the variables
	 * @return the response
	 */
	<T> SmartcarResponse<T> call(HttpMethod method, CallOptions options, Map<String, String> headers,
			@Nullable Object body, ParameterizedTypeReference<T> type, String path, Object... uriVariables) {
		return send(method, HttpMethod.GET.equals(method), options.versioned(path), options, headers, body, type,
				uriVariables);
	}

	/**
	 * Sends a GET request to a path of API v3, which has its own base URL.
	 * @param <T> the type of the response body
	 * @param type the type of the response body
	 * @param options the unit system
	 * @param path the path after the v3 base URL, with {@code {variables}}
	 * @param uriVariables the values of the variables
	 * @return the response
	 */
	<T> SmartcarResponse<T> getV3(Class<T> type, CallOptions options, String path, Object... uriVariables) {
		return send(HttpMethod.GET, true, this.v3ApiUrl + path, options, Map.of(), null,
				ParameterizedTypeReference.forType(type), uriVariables);
	}

	private <T> SmartcarResponse<T> send(HttpMethod method, boolean read, String uriTemplate, CallOptions options,
			Map<String, String> headers, @Nullable Object body, ParameterizedTypeReference<T> type,
			Object... uriVariables) {
		if (this.principalName == null && SecurityContextHolder.getContext().getAuthentication() == null) {
			throw noUserSignedIn();
		}
		String template = options.withFlagsParameter(uriTemplate);
		Supplier<SmartcarResponse<T>> attempt = () -> {
			RestClient.RequestBodySpec request = this.exchange
				.request(method, template, options.withFlagsValue(uriVariables))
				.header(UnitSystem.HEADER, options.unitSystem().headerValue())
				.attributes(principalAttribute());
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			request.headers((requestHeaders) -> headers.forEach(requestHeaders::set));
			return this.exchange.send(request, type);
		};
		try {
			return read ? this.retry.run(method + " " + template, attempt) : attempt.get();
		}
		catch (ClientAuthorizationRequiredException ex) {
			// Spring Security's filters answer it by sending the driver to Connect
			throw ex;
		}
		catch (OAuth2AuthorizationException ex) {
			throw this.exchange.errorReader().tokenFailure(ex);
		}
	}

	/**
	 * Returns the name of the principal whose token the requests use: the one given to
	 * {@link #forPrincipal(String)}, else the signed-in user's.
	 * @return the principal name
	 * @throws IllegalStateException when no principal was given and no user is signed in
	 */
	String principalName() {
		if (this.principalName != null) {
			return this.principalName;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			throw noUserSignedIn();
		}
		return authentication.getName();
	}

	private static IllegalStateException noUserSignedIn() {
		return new IllegalStateException(
				"No user is signed in on this thread; use forUser(principalName) to call Smartcar for a stored user");
	}

	/**
	 * Returns the reader of error responses, for errors that arrive inside a response,
	 * such as the items of a batch.
	 * @return the error reader
	 */
	SmartcarErrorReader errorReader() {
		return this.exchange.errorReader();
	}

	private Consumer<Map<String, Object>> principalAttribute() {
		return (this.principalName != null) ? RequestAttributePrincipalResolver.principal(this.principalName)
				: (attributes) -> {
				};
	}

}
