package org.smartcarboot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when the application sets any {@code smartcar.*} property, so that the starter
 * stays off until the application configures it, and then insists on a complete
 * configuration.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(SmartcarPropertiesPresentCondition.class)
public @interface ConditionalOnSmartcarClient {

}
