package org.smartcarboot.autoconfigure.actuate;

import java.time.Duration;

import org.smartcarboot.autoconfigure.InvalidSmartcarPropertyException;
import org.smartcarboot.autoconfigure.SmartcarProperties;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the {@code smartcar} health contributor.
 */
@ConfigurationProperties(SmartcarHealthProperties.PREFIX)
public class SmartcarHealthProperties implements InitializingBean {

	/**
	 * Prefix of the health properties.
	 */
	public static final String PREFIX = SmartcarProperties.PREFIX + ".health";

	/**
	 * Check of Smartcar's hosts, off by default so that a health probe sends nothing to
	 * Smartcar.
	 */
	private final Reachability reachability = new Reachability();

	public Reachability getReachability() {
		return this.reachability;
	}

	@Override
	public void afterPropertiesSet() {
		Duration timeout = this.reachability.getTimeout();
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new InvalidSmartcarPropertyException("health.reachability.timeout", String.valueOf(timeout),
					"is not positive", "Set smartcar.health.reachability.timeout to a positive duration, such as 2s.");
		}
	}

	/**
	 * Whether and how the health contributor checks that Smartcar's hosts answer.
	 */
	public static class Reachability {

		/**
		 * Whether the health contributor sends a HEAD request to each of Smartcar's hosts
		 * (the smartcar.urls.* origins) and reports DOWN when one does not answer. Any
		 * HTTP answer counts as reachable.
		 */
		private boolean enabled;

		/**
		 * Most time to wait for each host, to connect and again to answer; the hosts are
		 * checked in parallel.
		 */
		private Duration timeout = Duration.ofSeconds(2);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

}
