package org.smartcarboot.error;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarException.FieldError;
import org.smartcarboot.error.SmartcarException.Resolution;

/**
 * The fields of a Smartcar error, as read from an error response.
 *
 * @param statusCode the HTTP status, {@code 0} when no response came back or it is not
 * known
 * @param type Smartcar's error type
 * @param code Smartcar's error code, or {@code null}
 * @param description what went wrong
 * @param docUrl link to Smartcar's documentation of the error, or {@code null}
 * @param resolution what Smartcar suggests doing, or {@code null}
 * @param requestId Smartcar's id of the request, or {@code null}
 * @param retryAfter how long to wait before retrying, or {@code null}
 * @param suggestedUserMessage a message for the driver, or {@code null}
 * @param detail the fields a validation error names, empty when none
 */
public record SmartcarErrorDetails(int statusCode, String type, @Nullable String code, String description,
		@Nullable String docUrl, @Nullable Resolution resolution, @Nullable String requestId,
		@Nullable Duration retryAfter, @Nullable String suggestedUserMessage, List<FieldError> detail) {

	/**
	 * Creates the fields of an error, copying the detail list.
	 * @param statusCode the HTTP status, {@code 0} when not known
	 * @param type Smartcar's error type
	 * @param code Smartcar's error code, or {@code null}
	 * @param description what went wrong
	 * @param docUrl link to Smartcar's documentation of the error, or {@code null}
	 * @param resolution what Smartcar suggests doing, or {@code null}
	 * @param requestId Smartcar's id of the request, or {@code null}
	 * @param retryAfter how long to wait before retrying, or {@code null}
	 * @param suggestedUserMessage a message for the driver, or {@code null}
	 * @param detail the fields a validation error names
	 */
	public SmartcarErrorDetails {
		detail = List.copyOf(detail);
	}

	/**
	 * Creates the fields of an error that names no fields.
	 * @param statusCode the HTTP status, {@code 0} when not known
	 * @param type Smartcar's error type
	 * @param code Smartcar's error code, or {@code null}
	 * @param description what went wrong
	 * @param docUrl link to Smartcar's documentation of the error, or {@code null}
	 * @param resolution what Smartcar suggests doing, or {@code null}
	 * @param requestId Smartcar's id of the request, or {@code null}
	 * @param retryAfter how long to wait before retrying, or {@code null}
	 * @param suggestedUserMessage a message for the driver, or {@code null}
	 */
	public SmartcarErrorDetails(int statusCode, String type, @Nullable String code, String description,
			@Nullable String docUrl, @Nullable Resolution resolution, @Nullable String requestId,
			@Nullable Duration retryAfter, @Nullable String suggestedUserMessage) {
		this(statusCode, type, code, description, docUrl, resolution, requestId, retryAfter, suggestedUserMessage,
				List.of());
	}

	/**
	 * Returns the exception message: status, type, code, description and request id.
	 * @return the message
	 */
	public String message() {
		StringBuilder message = new StringBuilder();
		if (this.statusCode > 0) {
			message.append(this.statusCode).append(' ');
		}
		message.append(this.type);
		if (this.code != null) {
			message.append(':').append(this.code);
		}
		message.append(" - ").append(this.description);
		if (this.requestId != null) {
			message.append(" (request id ").append(this.requestId).append(')');
		}
		return message.toString();
	}

}
