package org.smartcarboot.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.management.SmartcarManagementService;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Explains a startup failure caused by a missing Smartcar bean, such as an
 * {@code @Autowired SmartcarVehicleService}, when the starter is off because no
 * {@code smartcar.*} property is set, or a missing {@code SmartcarManagementService} when
 * the management token is not set.
 */
class SmartcarNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private static final String STARTER_PACKAGE = "org.smartcarboot.";

	private final Environment environment;

	SmartcarNotConfiguredFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		ResolvableType beanType = cause.getResolvableType();
		Class<?> missing = (beanType != null) ? beanType.resolve() : null;
		if (missing == SmartcarManagementService.class
				&& SmartcarPropertiesPresentCondition.isConfigured(this.environment)
				&& !this.environment.containsProperty(SmartcarProperties.PREFIX + ".management-token")) {
			return new FailureAnalysis(
					"A SmartcarManagementService is required, but smartcar.management-token is not set.",
					"Set smartcar.management-token to the application management token in the Smartcar dashboard.",
					cause);
		}
		if (missing == null || !missing.getName().startsWith(STARTER_PACKAGE)
				|| SmartcarPropertiesPresentCondition.isConfigured(this.environment)) {
			return null;
		}
		return new FailureAnalysis(
				"A " + missing.getSimpleName() + " is required, but the Smartcar starter is off: no smartcar.* "
						+ "property is set.",
				"Set smartcar.client-id and smartcar.client-secret to the credentials of your application in the "
						+ "Smartcar dashboard, and smartcar.scopes to the permissions it asks drivers for, such as "
						+ "read_vehicle_info, read_odometer.",
				cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
