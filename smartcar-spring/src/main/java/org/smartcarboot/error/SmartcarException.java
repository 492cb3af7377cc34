package org.smartcarboot.error;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An error answered by Smartcar, or a response from Smartcar that could not be
 * understood. Carries the fields of Smartcar's error body; which of them are set depends
 * on the error. Never carries tokens or secrets.
 * <p>
 * Each {@link SmartcarErrorCategory} but {@code OTHER} has a subclass to catch, such as
 * {@link SmartcarRateLimitException} or {@link SmartcarVehicleStateException}; an error
 * type this library does not know is a plain {@code SmartcarException} of category
 * {@code OTHER}.
 */
public class SmartcarException extends RuntimeException {

	private final int statusCode;

	private final String type;

	private final @Nullable String code;

	private final String description;

	private final @Nullable String docUrl;

	private final @Nullable Resolution resolution;

	private final @Nullable String requestId;

	private final @Nullable Duration retryAfter;

	private final @Nullable String suggestedUserMessage;

	private final List<FieldError> detail;

	private final SmartcarErrorCategory category;

	/**
	 * Creates an exception of category {@link SmartcarErrorCategory#OTHER} from its
	 * fields; {@link SmartcarErrorCategory#exception} creates one of another category.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		this(details, SmartcarErrorCategory.OTHER, cause);
	}

	/**
	 * Creates an exception of a category, for the subclasses.
	 * @param details the error's fields
	 * @param category the category of the subclass
	 * @param cause the underlying failure, or {@code null}
	 */
	protected SmartcarException(SmartcarErrorDetails details, SmartcarErrorCategory category,
			@Nullable Throwable cause) {
		super(details.message(), cause);
		this.category = category;
		this.detail = details.detail();
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
	public @Nullable String getCode() {
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
	public @Nullable String getDocUrl() {
		return this.docUrl;
	}

	/**
	 * Returns what Smartcar suggests doing about the error.
	 * @return the resolution, or {@code null}
	 */
	public @Nullable Resolution getResolution() {
		return this.resolution;
	}

	/**
	 * Returns the id Smartcar gave the request, for Smartcar's support.
	 * @return the request id, or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * Returns how long Smartcar asks the caller to wait before retrying.
	 * @return the wait, or {@code null} when Smartcar did not say
	 */
	public @Nullable Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Returns a message Smartcar suggests showing to the driver.
	 * @return the message, or {@code null}
	 */
	public @Nullable String getSuggestedUserMessage() {
		return this.suggestedUserMessage;
	}

	/**
	 * Returns the fields a validation error names, such as a missing parameter.
	 * @return the field errors, empty when Smartcar named none
	 */
	public List<FieldError> getDetail() {
		return this.detail;
	}

	/**
	 * Returns what kind of failure this is; the class of the exception tells the same.
	 * @return the category
	 */
	public SmartcarErrorCategory getCategory() {
		return this.category;
	}

	/**
	 * Tells whether the driver must connect the vehicle again through Smartcar Connect:
	 * Smartcar's resolution is {@code REAUTHENTICATE}, or its token endpoint rejected the
	 * refresh token or authorization code ({@code invalid_grant}).
	 * @return whether the driver must connect again
	 */
	public boolean isReauthenticationRequired() {
		return (this.resolution != null && "REAUTHENTICATE".equals(this.resolution.type()))
				|| "invalid_grant".equals(this.code);
	}

	/**
	 * A field a validation error names.
	 *
	 * @param field the path of the field, such as {@code ["requests"]}
	 * @param message what is wrong with it
	 */
	public record FieldError(List<String> field, String message) {

		/**
		 * Creates a field error, copying the path.
		 * @param field the path of the field
		 * @param message what is wrong with it
		 */
		public FieldError {
			field = List.copyOf(field);
		}

	}

	/**
	 * What Smartcar suggests doing about an error.
	 *
	 * @param type the kind of resolution, such as {@code RETRY_LATER} or
	 * {@code REAUTHENTICATE}, or {@code null}
	 * @param url where the driver or developer can resolve it, or {@code null}
	 */
	public record Resolution(@Nullable String type, @Nullable String url) {

	}

}
