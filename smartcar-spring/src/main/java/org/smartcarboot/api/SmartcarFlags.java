package org.smartcarboot.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.util.Assert;

/**
 * Smartcar's feature flags, sent to Connect, to the vehicle API and to the compatibility
 * API as one {@code flags} parameter of space-separated {@code name:value} pairs.
 */
public final class SmartcarFlags {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

	private static final Pattern VALUE = Pattern.compile("[^\\s:]{1,256}");

	private SmartcarFlags() {
	}

	/**
	 * Checks flags and copies them, keeping their order.
	 * @param flags the flags, name to value
	 * @return an unmodifiable copy in the same order
	 * @throws IllegalArgumentException when a name is not letters, digits, {@code .},
	 * {@code -} and {@code _}, or a value is empty or holds a space or a colon, which
	 * would break the parameter
	 */
	public static Map<String, String> checked(Map<String, String> flags) {
		Assert.notNull(flags, "flags must not be null");
		flags.forEach((name, value) -> Assert.isTrue(
				name != null && NAME.matcher(name).matches() && value != null && VALUE.matcher(value).matches(),
				() -> "flags must be plain names with values without spaces or colons, was '" + name + "'"));
		return Collections.unmodifiableMap(new LinkedHashMap<>(flags));
	}

	/**
	 * Returns the value of the {@code flags} parameter.
	 * @param flags the flags, name to value
	 * @return the parameter value, such as {@code foo:bar test:true}
	 */
	public static String parameter(Map<String, String> flags) {
		return flags.entrySet()
			.stream()
			.map((flag) -> flag.getKey() + ":" + flag.getValue())
			.collect(Collectors.joining(" "));
	}

}
