package org.smartcarboot.sample.web;

import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.error.SmartcarErrorCategory;
import org.smartcarboot.error.SmartcarException;

import org.springframework.http.HttpStatus;

/**
 * What the error page tells a driver about a Smartcar error, and what it offers them.
 * Only an error that can pass says to try again, with a Try again button: a transient one
 * (a rate limit, a server error, no answer; see
 * {@link SmartcarRetry#isTransient(SmartcarException)}) or the vehicle's state, which the
 * driver can change. An error that asks the driver to connect their vehicle again (an
 * authentication or permission error) offers that first. Any other error, such as an
 * unknown vehicle, cannot pass by waiting, and the page says so.
 *
 * @param failure the error
 * @param message what happened, for the driver: Smartcar's suggested message, or the
 * app's own words for the kind of error
 * @param retryable whether trying again later can succeed
 * @param reconnect whether the driver must connect their vehicle again
 */
public record SmartcarErrorPage(SmartcarException failure, String message, boolean retryable, boolean reconnect) {

	/**
	 * Describes an error.
	 * @param failure the error
	 * @return the page's content
	 */
	public static SmartcarErrorPage of(SmartcarException failure) {
		SmartcarErrorCategory category = failure.getCategory();
		boolean reconnect = failure.isReauthenticationRequired() || category == SmartcarErrorCategory.AUTHENTICATION
				|| category == SmartcarErrorCategory.PERMISSION;
		boolean retryable = !reconnect
				&& (SmartcarRetry.isTransient(failure) || category == SmartcarErrorCategory.VEHICLE_STATE);
		String message = (failure.getSuggestedUserMessage() != null) ? failure.getSuggestedUserMessage()
				: defaultMessage(category, retryable, reconnect);
		return new SmartcarErrorPage(failure, message, retryable, reconnect);
	}

	/**
	 * Returns the HTTP status of the page: 404 for an unknown vehicle or path, 429 when
	 * Smartcar throttled the request, 502 for any other error of Smartcar's.
	 * @return the status
	 */
	public HttpStatus status() {
		return switch (this.failure.getCategory()) {
			case RESOURCE_NOT_FOUND -> HttpStatus.NOT_FOUND;
			case RATE_LIMIT -> HttpStatus.TOO_MANY_REQUESTS;
			default -> HttpStatus.BAD_GATEWAY;
		};
	}

	private static String defaultMessage(SmartcarErrorCategory category, boolean retryable, boolean reconnect) {
		if (reconnect) {
			return "Please connect your vehicle again.";
		}
		if (category == SmartcarErrorCategory.VEHICLE_STATE) {
			return "Your vehicle cannot do this in its current state.";
		}
		if (retryable) {
			return "Smartcar or your vehicle did not answer in time. Please try again in a few minutes.";
		}
		return switch (category) {
			case RESOURCE_NOT_FOUND -> "Smartcar does not know this vehicle, or it is no longer connected to this app.";
			case COMPATIBILITY -> "Your vehicle does not support this.";
			default -> "Smartcar could not do this for your vehicle.";
		};
	}

}
