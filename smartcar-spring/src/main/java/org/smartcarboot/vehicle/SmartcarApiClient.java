package org.smartcarboot.vehicle;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarExchange;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.error.SmartcarAuthenticationException;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;
import org.smartcarboot.token.SmartcarAuthorizedClientManager;

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
 * <p>
 * When Smartcar rejects the access token (401) and the authorized client manager is a
 * {@link SmartcarAuthorizedClientManager}, the token is replaced once through
 * {@link SmartcarAuthorizedClientManager#refreshAfterRejection}: a {@code GET} is then
 * sent once more with the new token; any other request, such as a command, is never sent
 * twice, and the 401 is thrown.
 */
final class SmartcarApiClient {

	private final SmartcarExchange exchange;

	private final String v3ApiUrl;

	private final @Nullable String principalName;

	private final @Nullable SmartcarAuthorizedClientManager tokens;

	private final String registrationId;

	private final SmartcarRetry retry;

	/**
	 * Creates a client.
	 * @param exchange the exchange whose client has the unversioned API base URL and the
	 * OAuth2 interceptor
	 * @param v3ApiUrl the absolute base URL of API v3, including its version path
	 * @param principalName the name of the principal whose token is used, or {@code null}
	 * for the signed-in user
	 * @param tokens the manager that replaces a rejected access token, or {@code null}
	 * when the interceptor's manager is another one
	 * @param registrationId the id of the client registration whose tokens are used
	 * @param retry how reads are retried
	 */
	SmartcarApiClient(SmartcarExchange exchange, String v3ApiUrl, @Nullable String principalName,
			@Nullable SmartcarAuthorizedClientManager tokens, String registrationId, SmartcarRetry retry) {
		this.exchange = exchange;
		this.v3ApiUrl = v3ApiUrl;
		this.principalName = principalName;
		this.tokens = tokens;
		this.registrationId = registrationId;
		this.retry = retry;
	}

	SmartcarApiClient forPrincipal(String principalName) {
		return new SmartcarApiClient(this.exchange, this.v3ApiUrl, principalName, this.tokens, this.registrationId,
				this.retry);
	}

	SmartcarApiClient withRetry(SmartcarRetry retry) {
		return new SmartcarApiClient(this.exchange, this.v3ApiUrl, this.principalName, this.tokens, this.registrationId,
				retry);
	}

	SmartcarRetry retry() {
		return this.retry;
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
		Supplier<SmartcarResponse<T>> attempt = () -> sendReplacingRejectedToken(method, uriTemplate, options, headers,
				body, type, uriVariables);
		try {
			return read ? this.retry.run(method + " " + options.withFlagsParameter(uriTemplate), attempt)
					: attempt.get();
		}
		catch (ClientAuthorizationRequiredException ex) {
			// Spring Security's filters answer it by sending the driver to Connect
			throw ex;
		}
		catch (OAuth2AuthorizationException ex) {
			throw this.exchange.errorReader().tokenFailure(ex);
		}
	}

	private <T> SmartcarResponse<T> sendReplacingRejectedToken(HttpMethod method, String uriTemplate,
			CallOptions options, Map<String, String> headers, @Nullable Object body, ParameterizedTypeReference<T> type,
			Object... uriVariables) {
		Instant startedAt = Instant.now();
		try {
			return sendOnce(method, uriTemplate, options, headers, body, type, uriVariables);
		}
		catch (SmartcarAuthenticationException ex) {
			if (!replaceRejectedToken(ex, startedAt) || method != HttpMethod.GET) {
				throw ex;
			}
			return sendOnce(method, uriTemplate, options, headers, body, type, uriVariables);
		}
	}

	/**
	 * Has the manager replace an access token Smartcar rejected with 401. A refresh that
	 * fails for another reason than a rejected refresh token, such as an unreachable
	 * token endpoint, is added to the failure as suppressed.
	 * @param failure the failure of the request
	 * @param startedAt when the request started
	 * @return whether a newer token is stored
	 */
	private boolean replaceRejectedToken(SmartcarAuthenticationException failure, Instant startedAt) {
		if (this.tokens == null || failure.getStatusCode() != 401
				|| failure instanceof SmartcarReauthorizationRequiredException) {
			return false;
		}
		try {
			this.tokens.refreshAfterRejection(this.registrationId, principalName(), startedAt);
			return true;
		}
		catch (ClientAuthorizationRequiredException ex) {
			// Spring Security's filters answer it by sending the driver to Connect
			throw ex;
		}
		catch (OAuth2AuthorizationException ex) {
			failure.addSuppressed(this.exchange.errorReader().tokenFailure(ex));
			return false;
		}
	}

	private <T> SmartcarResponse<T> sendOnce(HttpMethod method, String uriTemplate, CallOptions options,
			Map<String, String> headers, @Nullable Object body, ParameterizedTypeReference<T> type,
			Object... uriVariables) {
		RestClient.RequestBodySpec request = this.exchange
			.request(method, options.withFlagsParameter(uriTemplate), options.withFlagsValue(uriVariables))
			.header(UnitSystem.HEADER, options.unitSystem().headerValue())
			.attributes(principalAttribute());
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		request.headers((requestHeaders) -> headers.forEach(requestHeaders::set));
		return this.exchange.send(request, type);
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
