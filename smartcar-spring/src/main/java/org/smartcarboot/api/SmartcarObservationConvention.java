package org.smartcarboot.api;

import java.net.URI;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarErrorCategory;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;
import org.springframework.web.client.ResourceAccessException;

/**
 * Names and tags the Micrometer observations of the library's calls to Smartcar, set on
 * the {@code RestClient}s it builds. The observations are named
 * {@value #OBSERVATION_NAME} (a timer of that name once a {@code MeterRegistry} observes
 * them) and carry Spring's low-cardinality tags ({@code method}, {@code uri},
 * {@code status}, {@code outcome}, {@code exception}, {@code client.name}) plus
 * {@value #ERROR_TYPE}.
 * <p>
 * No tag carries a vehicle id or a token: {@code uri} is the request's URI template
 * without its query, such as {@code /v2.0/vehicles/{id}/odometer}, and the
 * high-cardinality {@code http.url} is the template on the server's address, not the
 * expanded URI. {@value #ERROR_TYPE} is {@code none} for a success, else the Smartcar
 * error type of the {@link SmartcarException} the call ended in: a v2.0 type such as
 * {@code RATE_LIMIT}, {@code UNREADABLE_RESPONSE} or {@code NO_RESPONSE}, and for v1.0
 * and OAuth errors and unknown types the name of their {@link SmartcarErrorCategory}, so
 * the values stay few.
 */
public class SmartcarObservationConvention extends DefaultClientRequestObservationConvention {

	/**
	 * Name of the observations, and of the timer recording them.
	 */
	public static final String OBSERVATION_NAME = "smartcar.client.requests";

	/**
	 * Tag carrying the Smartcar error type of a failed call.
	 */
	public static final String ERROR_TYPE = "smartcar.error.type";

	private static final String NONE = "none";

	/**
	 * Creates the convention, naming observations {@value #OBSERVATION_NAME}.
	 */
	public SmartcarObservationConvention() {
		super(OBSERVATION_NAME);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context).and(errorType(context));
	}

	@Override
	protected KeyValue uri(ClientRequestObservationContext context) {
		return KeyValue.of("uri", templatePath(context.getUriTemplate()));
	}

	@Override
	protected KeyValue requestUri(ClientRequestObservationContext context) {
		String path = templatePath(context.getUriTemplate());
		if (context.getCarrier() == null || NONE.equals(path)) {
			return KeyValue.of("http.url", NONE);
		}
		URI uri = context.getCarrier().getURI();
		String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
		return KeyValue.of("http.url", uri.getScheme() + "://" + uri.getHost() + port + path);
	}

	/**
	 * Returns the tag naming the Smartcar error the call ended in.
	 * @param context the observation's context
	 * @return the {@value #ERROR_TYPE} tag
	 */
	protected KeyValue errorType(ClientRequestObservationContext context) {
		Throwable error = context.getError();
		return KeyValue.of(ERROR_TYPE, (error != null) ? typeOf(error) : NONE);
	}

	private static String typeOf(Throwable error) {
		Throwable cause = error;
		for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
			if (cause instanceof SmartcarException smartcar) {
				boolean known = SmartcarErrorCategory.ofType(smartcar.getType()) != null
						|| smartcar.getCategory() == SmartcarErrorCategory.NO_USABLE_ANSWER;
				return known ? smartcar.getType() : smartcar.getCategory().name();
			}
			if (cause instanceof ResourceAccessException) {
				return SmartcarErrorReader.NO_RESPONSE;
			}
		}
		return SmartcarErrorCategory.OTHER.name();
	}

	/**
	 * Returns the path of a URI template, without scheme, host and query.
	 */
	private static String templatePath(@Nullable String uriTemplate) {
		if (uriTemplate == null || uriTemplate.isEmpty()) {
			return NONE;
		}
		String path = uriTemplate.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
		int query = path.indexOf('?');
		path = (query >= 0) ? path.substring(0, query) : path;
		return path.isEmpty() ? "/" : path;
	}

}
