package org.smartcarboot.error;

import java.time.Duration;

/**
 * An error answered by Smartcar, or a response from Smartcar that could not be
 * understood. Carries the fields of Smartcar's error body; which of them are set depends
 * on the error. Never carries tokens or secrets.
 */
public class SmartcarException extends RuntimeException {

	private final int statusCode;

	private final String type;

	private final String code;

	private final String description;

	private final String docUrl;

	private final Resolution resolution;

	private final String requestId;

	private final Duration retryAfter;

	private final String suggestedUserMessage;

	/**
	 * Creates an exception from its fields.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarException(SmartcarErrorDetails details, Throwable cause) {
		super(details.message(), cause);
		this.statusCode = details.statusCode();
		this.type = details.type();
		this.code = details.code();
		this.description = details.description();
		this.docUrl = details.docUrl();
		this.resolution = details.resolution();
		this.requestId = details.requestId();
		this.retryAfter = details.retryAfter();
		this.suggestedUserMessage = details.suggestedUserMessage();
	}

	/**
	 * Returns the HTTP status Smartcar answered with.
	 * @return the status code, or {@code 0} when no response came back or it is not known
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Returns Smartcar's error type, such as {@code VEHICLE_STATE} or
	 * {@code AUTHENTICATION}.
	 * @return the error type
	 */
	public String getType() {
		return this.type;
	}

	/**
	 * Returns Smartcar's error code within the type, such as {@code ASLEEP}.
	 * @return the error code, or {@code null}
	 */
	public String getCode() {
		return this.code;
	}

	/**
	 * Returns Smartcar's description of the error.
	 * @return the description
	 */
	public String getDescription() {
		return this.description;
	}

	/**
	 * Returns the link to Smartcar's documentation of the error.
	 * @return the documentation URL, or {@code null}
	 */
	public String getDocUrl() {
		return this.docUrl;
	}

	/**
	 * Returns what Smartcar suggests doing about the error.
	 * @return the resolution, or {@code null}
	 */
	public Resolution getResolution() {
		return this.resolution;
	}

	/**
	 * Returns the id Smartcar gave the request, for Smartcar's support.
	 * @return the request id, or {@code null}
	 */
	public String getRequestId() {
		return this.requestId;
	}

	/**
	 * Returns how long Smartcar asks the caller to wait before retrying.
	 * @return the wait, or {@code null} when Smartcar did not say
	 */
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Returns a message Smartcar suggests showing to the driver.
	 * @return the message, or {@code null}
	 */
	public String getSuggestedUserMessage() {
		return this.suggestedUserMessage;
	}

	/**
	 * What Smartcar suggests doing about an error.
	 *
	 * @param type the kind of resolution, such as {@code RETRY_LATER} or
	 * {@code REAUTHENTICATE}, or {@code null}
	 * @param url where the driver or developer can resolve it, or {@code null}
	 */
	public record Resolution(String type, String url) {

	}

}
