package org.smartcarboot.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A URI template with query parameters whose values stay template variables, so that the
 * values are encoded by the HTTP client and metrics see one template per combination of
 * parameters, never the values. Parameters without a value are left out.
 *
 * <pre class="code">
 * QueryTemplate query = QueryTemplate.path("/v2.0/compatibility").param("vin", vin).param("mode", null);
 * exchange.request(HttpMethod.GET, query.template(), query.values()); // /v2.0/compatibility?vin={vin}
 * </pre>
 */
public final class QueryTemplate {

	private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9_]+");

	private final StringBuilder template;

	private final List<Object> values = new ArrayList<>();

	private QueryTemplate(String path) {
		this.template = new StringBuilder(path);
	}

	/**
	 * Starts a template.
	 * @param path the path, with no query and no {@code {variables}}
	 * @return the template
	 */
	public static QueryTemplate path(String path) {
		Assert.isTrue(path != null && !path.isEmpty() && path.matches("[^?#{}]+"),
				() -> "path must be a path with no query, fragment or variables, was '" + path + "'");
		return new QueryTemplate(path);
	}

	/**
	 * Adds a query parameter, unless its value is {@code null}.
	 * @param name the parameter name, letters, digits and {@code _}
	 * @param value the value, or {@code null} to leave the parameter out
	 * @return this template
	 */
	public QueryTemplate param(String name, @Nullable Object value) {
		Assert.isTrue(name != null && PARAMETER_NAME.matcher(name).matches(), () -> "not a parameter name: " + name);
		if (value != null) {
			this.template.append(this.template.indexOf("?") < 0 ? '?' : '&')
				.append(name)
				.append("={")
				.append(name)
				.append('}');
			this.values.add(value);
		}
		return this;
	}

	/**
	 * Returns the template, such as {@code /v2.0/compatibility?vin={vin}&scope={scope}}.
	 * @return the template
	 */
	public String template() {
		return this.template.toString();
	}

	/**
	 * Returns the values of the template's variables, in order.
	 * @return the values
	 */
	public Object[] values() {
		return this.values.toArray();
	}

	@Override
	public String toString() {
		return template();
	}

}
