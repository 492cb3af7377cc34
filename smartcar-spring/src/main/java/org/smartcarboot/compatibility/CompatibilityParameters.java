package org.smartcarboot.compatibility;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Checks of the parameters the compatibility requests share, made before anything is
 * sent.
 */
final class CompatibilityParameters {

	private static final Pattern PERMISSION = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private CompatibilityParameters() {
	}

	/**
	 * Checks a list of permissions, such as {@code read_odometer}.
	 * @param scopes the permissions
	 * @param name the parameter's name, for the message
	 * @param required whether the list may not be empty
	 * @return an unmodifiable copy
	 */
	static List<String> permissions(Collection<String> scopes, String name, boolean required) {
		Assert.notNull(scopes, () -> name + " must not be null");
		Assert.isTrue(!required || !scopes.isEmpty(), () -> name + " must name at least one permission");
		for (String scope : scopes) {
			Assert.isTrue(scope != null && PERMISSION.matcher(scope).matches(), () -> name
					+ " must be permission names such as read_odometer (no 'required:' prefix), was " + scopes);
		}
		return List.copyOf(scopes);
	}

	/**
	 * Checks a list of values against a pattern.
	 * @param values the values
	 * @param pattern what each value must match
	 * @param name the parameter's name, for the message
	 * @return an unmodifiable copy
	 */
	static List<String> matching(Collection<String> values, Pattern pattern, String name) {
		Assert.notNull(values, () -> name + " must not be null");
		for (String value : values) {
			Assert.isTrue(value != null && pattern.matcher(value).matches(),
					() -> name + " must match " + pattern + ", was " + values);
		}
		return List.copyOf(values);
	}

	/**
	 * Joins a list the way Smartcar takes it, space-separated.
	 * @param values the values
	 * @return the joined values, or {@code null} for an empty list
	 */
	static @Nullable String spaceSeparated(List<String> values) {
		return values.isEmpty() ? null : String.join(" ", values);
	}

}
