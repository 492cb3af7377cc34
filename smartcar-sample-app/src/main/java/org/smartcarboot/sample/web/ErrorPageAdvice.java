package org.smartcarboot.sample.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.error.SmartcarRateLimitException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions of the app's controllers into friendly pages: a Smartcar error
 * into a page with Smartcar's details, an invalid argument, such as a malformed vehicle
 * id, into a 400 page.
 */
@ControllerAdvice
public class ErrorPageAdvice {

	private static final Log logger = LogFactory.getLog(ErrorPageAdvice.class);

	/**
	 * Shows a Smartcar error, with the status {@link SmartcarErrorPage#status()} gives
	 * and, when Smartcar throttled the request, {@code Retry-After}.
	 * @param exception the error
	 * @param response the response, to set {@code Retry-After} on
	 * @return the error page
	 */
	@ExceptionHandler(SmartcarException.class)
	public ModelAndView smartcarError(SmartcarException exception, HttpServletResponse response) {
		logger.warn("Smartcar request failed: " + exception.getMessage());
		SmartcarErrorPage page = SmartcarErrorPage.of(exception);
		if (exception instanceof SmartcarRateLimitException && exception.getRetryAfter() != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(exception.getRetryAfter().toSeconds()));
		}
		return new ModelAndView("smartcar-error", Map.of("page", page), page.status());
	}

	/**
	 * Shows a 400 page for an invalid argument, without its message.
	 * @param exception the error
	 * @return the error page
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	public ModelAndView invalidArgument(IllegalArgumentException exception) {
		logger.debug("Bad request: " + exception.getMessage());
		HttpStatus status = HttpStatus.BAD_REQUEST;
		return new ModelAndView("error", Map.of("status", status.value(), "error", status.getReasonPhrase()), status);
	}

}
