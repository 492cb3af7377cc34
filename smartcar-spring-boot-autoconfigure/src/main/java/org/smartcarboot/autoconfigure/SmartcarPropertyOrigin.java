package org.smartcarboot.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Where the value of a {@code smartcar.*} property came from: an environment variable
 * that Spring Boot's relaxed binding maps to it (such as {@code SMARTCAR_CLIENT_ID} for
 * {@code smartcar.client-id}), or another origin such as a line of
 * {@code application.yml}.
 */
final class SmartcarPropertyOrigin {

	private final @Nullable String environmentVariable;

	private final Origin origin;

	private SmartcarPropertyOrigin(@Nullable String environmentVariable, Origin origin) {
		this.environmentVariable = environmentVariable;
		this.origin = origin;
	}

	/**
	 * Finds where the value of a property came from: the first property source that holds
	 * it, or, for a list, its first element.
	 * @param environment the application's environment
	 * @param propertyName the full property name, such as {@code smartcar.scopes}
	 * @return the origin, or {@code null} when the property is not set or its source does
	 * not track origins
	 */
	static @Nullable SmartcarPropertyOrigin find(Environment environment, String propertyName) {
		if (!ConfigurationPropertyName.isValid(propertyName)) {
			return null;
		}
		ConfigurationPropertyName name = ConfigurationPropertyName.of(propertyName);
		ConfigurationPropertyName firstElement = ConfigurationPropertyName.of(propertyName + "[0]");
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(name);
			if (property == null) {
				property = source.getConfigurationProperty(firstElement);
			}
			if (property != null) {
				return of(property);
			}
		}
		return null;
	}

	/**
	 * Returns where a bound property came from.
	 * @param property the property
	 * @return the origin, or {@code null} when its source does not track origins
	 */
	static @Nullable SmartcarPropertyOrigin of(ConfigurationProperty property) {
		Origin origin = property.getOrigin();
		if (origin == null) {
			return null;
		}
		return new SmartcarPropertyOrigin(environmentVariable(origin), origin);
	}

	private static @Nullable String environmentVariable(Origin origin) {
		if (origin instanceof SystemEnvironmentOrigin variable) {
			return variable.getProperty();
		}
		if (origin instanceof PropertySourceOrigin source
				&& source.getPropertySource() instanceof SystemEnvironmentPropertySource) {
			return source.getPropertyName();
		}
		return null;
	}

	/**
	 * Returns the environment variable the value came from.
	 * @return the variable's name, or {@code null} when the value came from elsewhere
	 */
	@Nullable String environmentVariable() {
		return this.environmentVariable;
	}

	/**
	 * Describes the origin for a report.
	 * @return such as "the environment variable SMARTCAR_SCOPES" or "class path resource
	 * [application.yml] - 5:11"
	 */
	String describe() {
		return (this.environmentVariable != null) ? "the environment variable " + this.environmentVariable
				: this.origin.toString();
	}

}
