package org.smartcarboot.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds {@code ${...}} placeholders that Spring left in a property value because nothing
 * resolved them, such as {@code client-id: ${SMARTCAR_CLIENT_ID}} in
 * {@code application.yml} while the environment variable {@code SMARTCAR_CLIENT_ID} is
 * not set: Spring Boot then binds the text {@code ${SMARTCAR_CLIENT_ID}} itself.
 */
final class UnresolvedPlaceholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)[^}]*}");

	private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private UnresolvedPlaceholders() {
	}

	/**
	 * Fails when a value, or an element or entry of a list or map value, still holds a
	 * placeholder.
	 * @param key the property key below {@code smartcar.}, such as {@code client-id}
	 * @param value the bound value: a string, a list or a map of them, or {@code null}
	 * @throws InvalidSmartcarPropertyException naming the key, the placeholder and how to
	 * resolve it
	 */
	static void reject(String key, @Nullable Object value) {
		if (value instanceof String text) {
			InvalidSmartcarPropertyException failure = failure(key, text);
			if (failure != null) {
				throw failure;
			}
		}
		else if (value instanceof List<?> list) {
			list.forEach((element) -> reject(key, element));
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((name, element) -> reject(key + "." + name, element));
		}
	}

	/**
	 * Returns the failure of a value holding a placeholder.
	 * @param key the property key below {@code smartcar.}
	 * @param value the bound text
	 * @return the failure, naming the placeholder (never the rest of the value), or
	 * {@code null} when the value holds none
	 */
	static @Nullable InvalidSmartcarPropertyException failure(String key, String value) {
		Matcher placeholder = PLACEHOLDER.matcher(value);
		if (!placeholder.find()) {
			return null;
		}
		String name = placeholder.group(1).trim();
		String property = SmartcarProperties.PREFIX + "." + key;
		if (ENVIRONMENT_VARIABLE.matcher(name).matches()) {
			return new InvalidSmartcarPropertyException(key, placeholder.group(),
					"is a placeholder nothing resolved: the environment variable " + name + " is not set",
					"Set the environment variable " + name + " before starting the application (export " + name
							+ "=... in the shell, or in the run configuration of your IDE), or write the value into "
							+ property + " itself.");
		}
		String variable = name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
		return new InvalidSmartcarPropertyException(key, placeholder.group(),
				"is a placeholder nothing resolved: neither the property " + name + " nor the environment variable "
						+ variable + " is set",
				"Set the property " + name + " or the environment variable " + variable
						+ " before starting the application, or write the value into " + property + " itself.");
	}

}
