package org.smartcarboot.autoconfigure;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarErrorCategory;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarReauthorizationRequiredException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.log.LogMessage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a {@link SmartcarException} that a Spring MVC controller lets through with an
 * RFC 9457 problem detail ({@code application/problem+json}) whose status says what the
 * caller can do:
 * <table>
 * <caption>HTTP status per Smartcar error</caption>
 * <tr>
 * <th>Smartcar error</th>
 * <th>Status</th>
 * </tr>
 * <tr>
 * <td>the driver must connect again: an authentication error whose resolution is to
 * re-authenticate ({@link SmartcarException#isReauthenticationRequired()}), such as
 * {@link SmartcarReauthorizationRequiredException}; a permission the driver did not
 * grant</td>
 * <td>403</td>
 * </tr>
 * <tr>
 * <td>resource not found</td>
 * <td>404</td>
 * </tr>
 * <tr>
 * <td>vehicle state, connected services account</td>
 * <td>409</td>
 * </tr>
 * <tr>
 * <td>compatibility (the vehicle cannot do it)</td>
 * <td>422</td>
 * </tr>
 * <tr>
 * <td>rate limit, with {@code Retry-After} when Smartcar gave one</td>
 * <td>429</td>
 * </tr>
 * <tr>
 * <td>validation: the application sent Smartcar a request it refuses, a bug of the
 * application</td>
 * <td>500</td>
 * </tr>
 * <tr>
 * <td>server and upstream, an unreadable answer, another authentication error (such as
 * the application's own credentials), billing, an unknown error type</td>
 * <td>502</td>
 * </tr>
 * <tr>
 * <td>no answer in time, a gateway timeout</td>
 * <td>504</td>
 * </tr>
 * </table>
 * The problem's {@code smartcar} member holds Smartcar's {@code type}, {@code code},
 * {@code requestId}, {@code docUrl}, {@code resolution} and {@code suggestedUserMessage}
 * where set. A request that accepts {@code text/html} (a browser page) gets the same
 * status through the servlet container's error page instead, which Spring Boot renders
 * with the application's error templates. Each answer logs one line without a stack trace
 * at {@code WARN}, except a validation error, logged at {@code ERROR} with its stack
 * trace.
 * <p>
 * Ordered last, after the application's own {@code @ControllerAdvice} beans, so that an
 * {@code @ExceptionHandler} of the application wins, in a controller or in an advice.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class SmartcarProblemDetailsExceptionHandler {

	private static final Log logger = LogFactory.getLog(SmartcarProblemDetailsExceptionHandler.class);

	/**
	 * Answers a Smartcar error.
	 * @param ex the error
	 * @param request the request that failed
	 * @param response the response, for the error page of a browser page
	 * @return the problem detail, or {@code null} when the error page answers
	 * @throws IOException when the error page cannot be sent
	 */
	@ExceptionHandler(SmartcarException.class)
	public @Nullable ErrorResponse handleSmartcarException(SmartcarException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Answer answer = Answer.of(ex);
		log(ex, answer.status(), request);
		ErrorResponse.Builder problem = ErrorResponse.builder(ex, answer.status(), answer.detail())
			.title(answer.title())
			.property("smartcar", smartcarMembers(ex));
		Duration retryAfter = ex.getRetryAfter();
		if (retryAfter != null) {
			problem.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(retryAfter)));
		}
		if (acceptsHtml(request)) {
			problem.build()
				.getHeaders()
				.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.sendError(answer.status().value());
			return null;
		}
		return problem.build();
	}

	private static Map<String, Object> smartcarMembers(SmartcarException ex) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", ex.getType());
		putIfSet(members, "code", ex.getCode());
		putIfSet(members, "requestId", ex.getRequestId());
		putIfSet(members, "docUrl", ex.getDocUrl());
		putIfSet(members, "resolution", (ex.getResolution() != null) ? ex.getResolution().type() : null);
		putIfSet(members, "suggestedUserMessage", ex.getSuggestedUserMessage());
		return members;
	}

	private static void putIfSet(Map<String, Object> members, String name, @Nullable String value) {
		if (value != null) {
			members.put(name, value);
		}
	}

	private static long seconds(Duration retryAfter) {
		return retryAfter.toSeconds() + ((retryAfter.toNanosPart() > 0) ? 1 : 0);
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null) {
			return false;
		}
		try {
			List<MediaType> accepted = MediaType.parseMediaTypes(accept);
			return accepted.stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static void log(SmartcarException ex, HttpStatus status, HttpServletRequest request) {
		LogMessage message = LogMessage.format("%s %s answered %d, Smartcar error %s", request.getMethod(),
				request.getRequestURI(), status.value(), ex.getMessage());
		if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
			logger.error(message, ex);
		}
		else {
			logger.warn(message);
		}
	}

	/**
	 * The status, title and detail answering a Smartcar error. The detail is Smartcar's
	 * description, except for a driver who must connect again (whose description may name
	 * the principal) and for a validation error (a bug of the application, which the log
	 * shows).
	 *
	 * @param status the HTTP status
	 * @param title the problem's title
	 * @param detail the problem's detail
	 */
	private record Answer(HttpStatus status, String title, String detail) {

		static Answer of(SmartcarException ex) {
			if (ex.getCategory() == SmartcarErrorCategory.AUTHENTICATION && ex.isReauthenticationRequired()) {
				return new Answer(HttpStatus.FORBIDDEN, "Smartcar authorization required",
						"The driver must connect the vehicle again through Smartcar Connect.");
			}
			HttpStatus status = status(ex);
			String detail = (status == HttpStatus.INTERNAL_SERVER_ERROR)
					? "Smartcar refused a request of the application as invalid." : ex.getDescription();
			return new Answer(status, title(ex), detail);
		}

		private static HttpStatus status(SmartcarException ex) {
			return switch (ex.getCategory()) {
				case PERMISSION -> HttpStatus.FORBIDDEN;
				case RESOURCE_NOT_FOUND -> HttpStatus.NOT_FOUND;
				case VEHICLE_STATE, CONNECTED_SERVICES_ACCOUNT -> HttpStatus.CONFLICT;
				case COMPATIBILITY -> HttpStatus.UNPROCESSABLE_CONTENT;
				case RATE_LIMIT -> HttpStatus.TOO_MANY_REQUESTS;
				case SERVER, NO_USABLE_ANSWER -> timedOut(ex) ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
				case VALIDATION -> HttpStatus.INTERNAL_SERVER_ERROR;
				case AUTHENTICATION, BILLING, OTHER -> HttpStatus.BAD_GATEWAY;
			};
		}

		private static boolean timedOut(SmartcarException ex) {
			return ex.getStatusCode() == HttpStatus.GATEWAY_TIMEOUT.value() || "NO_RESPONSE".equals(ex.getType());
		}

		private static String title(SmartcarException ex) {
			return switch (ex.getCategory()) {
				case PERMISSION -> "Smartcar permission not granted";
				case RESOURCE_NOT_FOUND -> "Not found at Smartcar";
				case VEHICLE_STATE -> "Vehicle state prevents the request";
				case CONNECTED_SERVICES_ACCOUNT -> "Vehicle owner's account needs attention";
				case COMPATIBILITY -> "Vehicle not capable";
				case RATE_LIMIT -> "Smartcar rate limit reached";
				case SERVER -> "Smartcar or the vehicle maker failed";
				case NO_USABLE_ANSWER -> "No usable answer from Smartcar";
				case AUTHENTICATION -> "Smartcar refused the application's credentials";
				case BILLING -> "Smartcar plan limit reached";
				case VALIDATION -> "Smartcar refused the application's request";
				case OTHER -> "Smartcar error";
			};
		}

	}

}
