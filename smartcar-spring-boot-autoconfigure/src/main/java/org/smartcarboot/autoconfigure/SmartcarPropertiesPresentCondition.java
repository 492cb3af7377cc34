package org.smartcarboot.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Condition behind {@link ConditionalOnSmartcarClient}: some property below
 * {@code smartcar} is set.
 */
class SmartcarPropertiesPresentCondition extends SpringBootCondition {

	private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of(SmartcarProperties.PREFIX);

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnSmartcarClient.class);
		String properties = SmartcarProperties.PREFIX + ".*";
		return isConfigured(context.getEnvironment())
				? ConditionOutcome.match(message.found("property").items(properties))
				: ConditionOutcome.noMatch(message.didNotFind("property").items(properties));
	}

	/**
	 * Tells whether the environment sets any {@code smartcar.*} property.
	 * @param environment the environment
	 * @return whether the starter is configured
	 */
	static boolean isConfigured(Environment environment) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source.containsDescendantOf(PREFIX) == ConfigurationPropertyState.PRESENT) {
				return true;
			}
		}
		return false;
	}

}
