package org.smartcarboot.token;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.smartcarboot.error.SmartcarException;

import org.springframework.util.Assert;

/**
 * A {@link SmartcarTokenListener} that counts token events with Micrometer. Its counters
 * carry low-cardinality tags only, never a principal name or a token:
 * <ul>
 * <li>{@value #REFRESHES}: refreshes, tagged {@value #REGISTRATION};</li>
 * <li>{@value #REFRESH_FAILURES}: failed refreshes, tagged {@value #REGISTRATION} and
 * {@value #KIND} (a {@link TokenFailureKind});</li>
 * <li>{@value #REAUTHORIZATIONS}: drivers who must connect again, tagged
 * {@value #REGISTRATION} and {@value #REASON} (a {@link ReauthorizationReason});</li>
 * <li>{@value #REMOVALS}: drivers whose stored tokens were removed, tagged
 * {@value #REGISTRATION} and {@value #REASON} (a {@link RemovalReason}).</li>
 * </ul>
 */
public class SmartcarTokenMetrics implements SmartcarTokenListener {

	/**
	 * Name of the counter of refreshes.
	 */
	public static final String REFRESHES = "smartcar.token.refreshes";

	/**
	 * Name of the counter of failed refreshes.
	 */
	public static final String REFRESH_FAILURES = "smartcar.token.refresh.failures";

	/**
	 * Name of the counter of drivers who must connect again.
	 */
	public static final String REAUTHORIZATIONS = "smartcar.token.reauthorizations";

	/**
	 * Name of the counter of drivers whose stored tokens were removed.
	 */
	public static final String REMOVALS = "smartcar.token.removals";

	/**
	 * Tag naming the client registration, such as {@code smartcar}.
	 */
	public static final String REGISTRATION = "registration";

	/**
	 * Tag naming the kind of a failed refresh.
	 */
	public static final String KIND = "kind";

	/**
	 * Tag naming why a driver must connect again or was removed.
	 */
	public static final String REASON = "reason";

	private final MeterRegistry registry;

	/**
	 * Counts in the given registry.
	 * @param registry the meter registry
	 */
	public SmartcarTokenMetrics(MeterRegistry registry) {
		Assert.notNull(registry, "registry must not be null");
		this.registry = registry;
	}

	@Override
	public void refreshed(String registrationId, String principalName) {
		Counter.builder(REFRESHES)
			.description("Smartcar access tokens refreshed")
			.tag(REGISTRATION, registrationId)
			.register(this.registry)
			.increment();
	}

	@Override
	public void refreshFailed(String registrationId, String principalName, TokenFailureKind kind,
			SmartcarException failure) {
		Counter.builder(REFRESH_FAILURES)
			.description("Smartcar token refreshes that failed, by kind")
			.tag(REGISTRATION, registrationId)
			.tag(KIND, kind.name())
			.register(this.registry)
			.increment();
	}

	@Override
	public void reauthorizationRequired(String registrationId, String principalName, ReauthorizationReason reason) {
		Counter.builder(REAUTHORIZATIONS)
			.description("Drivers who must connect their car again through Smartcar Connect")
			.tag(REGISTRATION, registrationId)
			.tag(REASON, reason.name())
			.register(this.registry)
			.increment();
	}

	@Override
	public void authorizationRemoved(String registrationId, String principalName, RemovalReason reason) {
		Counter.builder(REMOVALS)
			.description("Drivers whose stored Smartcar tokens were removed")
			.tag(REGISTRATION, registrationId)
			.tag(REASON, reason.name())
			.register(this.registry)
			.increment();
	}

}
