package org.smartcarboot.autoconfigure;

import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the endpoint receiving Smartcar's webhook deliveries.
 */
@ConfigurationProperties(SmartcarWebhookProperties.PREFIX)
public class SmartcarWebhookProperties implements InitializingBean {

	/**
	 * Prefix of the webhook properties.
	 */
	public static final String PREFIX = SmartcarProperties.PREFIX + ".webhooks";

	/**
	 * Default path of the endpoint.
	 */
	public static final String DEFAULT_PATH = "/smartcar/webhooks";

	private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

	/**
	 * Whether to receive Smartcar's webhook deliveries at the path and publish them as
	 * Spring application events. Needs smartcar.management-token, which signs them.
	 */
	private boolean enabled;

	/**
	 * Path of the endpoint receiving Smartcar's webhook deliveries (POST); the callback
	 * URI registered in the Smartcar dashboard is the application's base URL followed by
	 * this path.
	 */
	private String path = DEFAULT_PATH;

	/**
	 * Largest request body accepted; a larger delivery is refused with 413.
	 */
	private DataSize maxBodySize = DataSize.ofMegabytes(1);

	/**
	 * How long the id of a handled event is remembered: a redelivery of it within this
	 * time is acknowledged without publishing the event again.
	 */
	private Duration deduplicationWindow = Duration.ofHours(24);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	public Duration getDeduplicationWindow() {
		return this.deduplicationWindow;
	}

	public void setDeduplicationWindow(Duration deduplicationWindow) {
		this.deduplicationWindow = deduplicationWindow;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.path == null || !PLAIN_PATH.matcher(this.path).matches()) {
			throw new InvalidSmartcarPropertyException("webhooks.path", this.path, "is not a plain path",
					"Set smartcar.webhooks.path to a path such as " + DEFAULT_PATH
							+ ", without wildcards or variables.");
		}
		long bytes = (this.maxBodySize != null) ? this.maxBodySize.toBytes() : 0;
		if (bytes < 1 || bytes >= Integer.MAX_VALUE) {
			throw new InvalidSmartcarPropertyException("webhooks.max-body-size", String.valueOf(this.maxBodySize),
					"is not between 1 byte and 2 GB", "Set smartcar.webhooks.max-body-size to a size such as 1MB.");
		}
		if (this.deduplicationWindow == null || this.deduplicationWindow.isNegative()
				|| this.deduplicationWindow.isZero()) {
			throw new InvalidSmartcarPropertyException("webhooks.deduplication-window",
					String.valueOf(this.deduplicationWindow), "is not positive",
					"Set smartcar.webhooks.deduplication-window to a duration such as 24h.");
		}
	}

	/**
	 * Returns the size limit in bytes.
	 * @return the largest body accepted
	 */
	int maxBodyBytes() {
		return (int) this.maxBodySize.toBytes();
	}

}
