package org.smartcarboot.sample.vehicles;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.error.SmartcarException;

/**
 * One line of a vehicle card, such as the odometer: what it shows, or a short note that
 * Smartcar could not read it.
 *
 * @param key what the line shows, used as its CSS class, such as {@code odometer}
 * @param label the name shown to the driver, such as {@code Odometer}
 * @param text the value, such as {@code 24,561.4 km}, or {@code Unavailable}
 * @param unavailable whether Smartcar answered the read with an error
 * @param reason why the value is unavailable, in Smartcar's words, or {@code null}
 */
public record CardRow(String key, String label, String text, boolean unavailable, @Nullable String reason) {

	/**
	 * Creates a line with a value.
	 * @param key what the line shows
	 * @param label the name shown to the driver
	 * @param text the value
	 * @return the line
	 */
	static CardRow of(String key, String label, String text) {
		return new CardRow(key, label, text, false, null);
	}

	/**
	 * Creates a line for a read Smartcar answered with an error.
	 * @param key what the line shows
	 * @param label the name shown to the driver
	 * @param failure the error
	 * @return the line, with Smartcar's suggested message or description as the reason
	 */
	static CardRow unavailable(String key, String label, SmartcarException failure) {
		String reason = (failure.getSuggestedUserMessage() != null) ? failure.getSuggestedUserMessage()
				: failure.getDescription();
		return new CardRow(key, label, "Unavailable", true, reason);
	}

}
