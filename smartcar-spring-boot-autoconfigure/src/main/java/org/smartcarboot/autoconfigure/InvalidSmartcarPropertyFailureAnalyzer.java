package org.smartcarboot.autoconfigure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Explains a startup failure caused by a missing or wrong {@code smartcar.*} property: an
 * {@link InvalidSmartcarPropertyException}, or a value Spring Boot could not bind, such
 * as an unknown {@code smartcar.mode} (listing the allowed values in lower case, as the
 * documentation writes them) or a {@code ${...}} placeholder that nothing resolved. The
 * report names the property, the environment variable or file the value came from, and
 * the fix.
 */
class InvalidSmartcarPropertyFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String PREFIX = SmartcarProperties.PREFIX + ".";

	private final Environment environment;

	InvalidSmartcarPropertyFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidSmartcarPropertyException invalid) {
				return analysis(invalid, SmartcarPropertyOrigin.find(this.environment, invalid.getProperty()), invalid);
			}
			if (cause instanceof BindException bindFailure) {
				return analyze(bindFailure);
			}
		}
		return null;
	}

	private @Nullable FailureAnalysis analyze(BindException bindFailure) {
		String name = bindFailure.getName().toString();
		ConfigurationProperty property = bindFailure.getProperty();
		if (!name.startsWith(PREFIX) || property == null) {
			return null;
		}
		String key = name.substring(PREFIX.length());
		InvalidSmartcarPropertyException invalid = (property.getValue() instanceof String text)
				? UnresolvedPlaceholders.failure(key, text) : null;
		if (invalid == null) {
			invalid = notAllowedValue(key, bindFailure, property.getValue());
		}
		return (invalid != null) ? analysis(invalid, SmartcarPropertyOrigin.of(property), bindFailure) : null;
	}

	private static @Nullable InvalidSmartcarPropertyException notAllowedValue(String key, BindException bindFailure,
			Object value) {
		Class<?> type = bindFailure.getTarget().getType().resolve();
		if (type == null || !type.isEnum()) {
			return null;
		}
		List<String> allowed = Arrays.stream(type.getEnumConstants())
			.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
			.toList();
		String last = allowed.get(allowed.size() - 1);
		String choice = (allowed.size() > 1) ? String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + last
				: last;
		return new InvalidSmartcarPropertyException(key, String.valueOf(value),
				"is not one of " + String.join(", ", allowed), "Set " + PREFIX + key + " to " + choice + ".");
	}

	private static FailureAnalysis analysis(InvalidSmartcarPropertyException invalid,
			@Nullable SmartcarPropertyOrigin origin, Throwable cause) {
		String description = "Smartcar is not configured correctly: " + invalid.getMessage();
		String action = invalid.getAction();
		if (origin != null) {
			description += " (from " + origin.describe() + ")";
			if (origin.environmentVariable() != null) {
				action += " The value comes from the environment variable " + origin.environmentVariable()
						+ ": change or unset it there.";
			}
		}
		return new FailureAnalysis(description + ".", action, cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
