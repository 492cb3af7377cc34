package org.smartcarboot.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.autoconfigure.SmartcarProperties;
import org.smartcarboot.autoconfigure.actuate.SmartcarHostReachability.HostStatus;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.token.FreshAuthorizedClientCache;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.util.ClassUtils;

/**
 * The {@code smartcar} {@link HealthIndicator}: UP when the token store answers a lookup
 * (with the database store, a query of the token table by its primary key), with the
 * configured mode and API version. Sends nothing to Smartcar unless a
 * {@link SmartcarHostReachability} is given, which makes a host that does not answer DOWN
 * too.
 */
@ImportRuntimeHints(SmartcarHealthIndicator.HostStatusHints.class)
public class SmartcarHealthIndicator extends AbstractHealthIndicator {

	/**
	 * Principal name the store is asked for: never a Smartcar user id, which is a UUID.
	 */
	static final String PROBE_PRINCIPAL = "smartcar-health-check";

	private final SmartcarProperties properties;

	private final OAuth2AuthorizedClientService tokenStore;

	private final @Nullable SmartcarHostReachability reachability;

	/**
	 * Creates the indicator.
	 * @param properties the Smartcar properties
	 * @param tokenStore the store of the drivers' tokens
	 * @param reachability the check of Smartcar's hosts, or {@code null} to send nothing
	 * to Smartcar
	 */
	public SmartcarHealthIndicator(SmartcarProperties properties, OAuth2AuthorizedClientService tokenStore,
			@Nullable SmartcarHostReachability reachability) {
		super("Smartcar health check failed");
		this.properties = properties;
		// the database itself, not the cache of fresh clients in front of it
		this.tokenStore = (tokenStore instanceof FreshAuthorizedClientCache cache) ? cache.store() : tokenStore;
		this.reachability = reachability;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.up()
			.withDetail("mode", this.properties.getMode().parameterValue())
			.withDetail("apiVersion", this.properties.getApiVersion());
		Map<String, Object> store = new LinkedHashMap<>();
		store.put("type", storeType(this.tokenStore));
		try {
			this.tokenStore.loadAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID, PROBE_PRINCIPAL);
			store.put("status", "UP");
		}
		catch (RuntimeException ex) {
			store.put("status", "DOWN");
			store.put("error", ex.getClass().getName() + ": " + ex.getMessage());
			builder.down();
		}
		builder.withDetail("tokenStore", store);
		if (this.reachability != null) {
			Map<String, HostStatus> hosts = this.reachability.check();
			builder.withDetail("hosts", hosts);
			if (hosts.values().stream().anyMatch((host) -> !host.reachable())) {
				builder.down();
			}
		}
	}

	/**
	 * Names the kind of token store: {@code jdbc}, {@code memory}, or the class of
	 * another one; a {@link FreshAuthorizedClientCache} is named by the store behind it.
	 * @param tokenStore the store
	 * @return its kind
	 */
	static String storeType(OAuth2AuthorizedClientService tokenStore) {
		if (tokenStore instanceof FreshAuthorizedClientCache cache) {
			return storeType(cache.store());
		}
		if (tokenStore instanceof JdbcOAuth2AuthorizedClientService) {
			return "jdbc";
		}
		if (tokenStore instanceof InMemoryOAuth2AuthorizedClientService) {
			return "memory";
		}
		return ClassUtils.getUserClass(tokenStore).getName();
	}

	/**
	 * Lets Jackson write the hosts' statuses of the details in a native image.
	 */
	static class HostStatusHints implements RuntimeHintsRegistrar {

		@Override
		public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
			new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), HostStatus.class);
		}

	}

}
