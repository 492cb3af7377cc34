package org.smartcarboot.error;

import org.jspecify.annotations.Nullable;

/**
 * Smartcar's answer could not be used, or no answer came: a body that is not JSON, is
 * empty, is malformed or misses a field (type {@code UNREADABLE_RESPONSE}), or an I/O
 * error or timeout (type {@code NO_RESPONSE}). The description says what came back; the
 * cause is kept.
 */
public class SmartcarNoUsableAnswerException extends SmartcarException {

	/**
	 * Creates the exception.
	 * @param details the error's fields
	 * @param cause the underlying failure, or {@code null}
	 */
	public SmartcarNoUsableAnswerException(SmartcarErrorDetails details, @Nullable Throwable cause) {
		super(details, SmartcarErrorCategory.NO_USABLE_ANSWER, cause);
	}

}
