package org.smartcarboot.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at startup when a {@code smartcar.*} property is missing or wrong. Its message
 * names the property and never shows the client secret.
 */
public class InvalidSmartcarPropertyException extends IllegalStateException {

	private final String property;

	private final String action;

	/**
	 * Creates an exception for one property.
	 * @param key the property key below {@code smartcar.}, such as {@code client-id}
	 * @param value the offending value, or {@code null} when it must not be shown or is
	 * absent
	 * @param problem what is wrong, such as "is missing"
	 * @param action how to fix it
	 */
	public InvalidSmartcarPropertyException(String key, @Nullable String value, String problem, String action) {
		super(describe(SmartcarProperties.PREFIX + "." + key, value, problem));
		this.property = SmartcarProperties.PREFIX + "." + key;
		this.action = action;
	}

	private static String describe(String property, @Nullable String value, String problem) {
		return (value != null) ? "Property " + property + " '" + value + "' " + problem
				: "Property " + property + " " + problem;
	}

	/**
	 * Returns the full name of the wrong property.
	 * @return the property name, such as {@code smartcar.client-id}
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Returns how to fix the property.
	 * @return the action to take
	 */
	public String getAction() {
		return this.action;
	}

}
