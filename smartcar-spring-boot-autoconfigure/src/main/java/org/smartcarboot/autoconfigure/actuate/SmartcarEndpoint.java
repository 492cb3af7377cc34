package org.smartcarboot.autoconfigure.actuate;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.smartcarboot.autoconfigure.SmartcarProperties;
import org.smartcarboot.token.RecentTokenFailures;
import org.smartcarboot.token.SmartcarConnectedDrivers;
import org.smartcarboot.token.TokenFailureKind;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

/**
 * The read-only {@code smartcar} Actuator endpoint: the Smartcar registration (the client
 * id masked), how many drivers are connected, and the token refreshes that failed lately,
 * by kind. It never shows a token, the client secret, the management token or a driver's
 * id.
 */
@Endpoint(id = "smartcar")
public class SmartcarEndpoint {

	private static final Log logger = LogFactory.getLog(SmartcarEndpoint.class);

	private static final int SHOWN_CLIENT_ID_CHARACTERS = 4;

	private static final String MASK = "******";

	private final SmartcarProperties properties;

	private final OAuth2AuthorizedClientService tokenStore;

	private final @Nullable SmartcarConnectedDrivers connectedDrivers;

	private final RecentTokenFailures tokenFailures;

	/**
	 * Creates the endpoint.
	 * @param properties the Smartcar properties
	 * @param tokenStore the store of the drivers' tokens
	 * @param connectedDrivers the listing of the drivers in the store, or {@code null}
	 * when the store cannot be listed (in memory)
	 * @param tokenFailures the recorder of failed refreshes, a listener of the token
	 * manager
	 */
	public SmartcarEndpoint(SmartcarProperties properties, OAuth2AuthorizedClientService tokenStore,
			@Nullable SmartcarConnectedDrivers connectedDrivers, RecentTokenFailures tokenFailures) {
		this.properties = properties;
		this.tokenStore = tokenStore;
		this.connectedDrivers = connectedDrivers;
		this.tokenFailures = tokenFailures;
	}

	/**
	 * Describes the Smartcar setup and its tokens.
	 * @return the description
	 */
	@ReadOperation
	public SmartcarDescriptor smartcar() {
		return new SmartcarDescriptor(registration(),
				new Drivers(SmartcarHealthIndicator.storeType(this.tokenStore), countDrivers()),
				new TokenFailures(this.tokenFailures.countsByKind(), this.tokenFailures.recent()));
	}

	private Registration registration() {
		return new Registration(mask(this.properties.getClientId()), this.properties.getRedirectUri(),
				List.copyOf(this.properties.getScopes()), this.properties.getMode().parameterValue(),
				this.properties.getUnitSystem().headerValue(), this.properties.getApiVersion(),
				SmartcarBaseUrls.of(this.properties.getUrls()));
	}

	private @Nullable Long countDrivers() {
		if (this.connectedDrivers == null) {
			return null;
		}
		try {
			return this.connectedDrivers.count();
		}
		catch (RuntimeException ex) {
			logger.debug("The connected drivers could not be counted", ex);
			return null;
		}
	}

	/**
	 * Masks a client id but for its first characters.
	 * @param clientId the client id
	 * @return its first four characters and a mask, or only the mask for a short id
	 */
	static String mask(@Nullable String clientId) {
		if (clientId == null || clientId.length() <= 2 * SHOWN_CLIENT_ID_CHARACTERS) {
			return MASK;
		}
		return clientId.substring(0, SHOWN_CLIENT_ID_CHARACTERS) + MASK;
	}

	/**
	 * What the endpoint shows.
	 *
	 * @param registration the Smartcar registration
	 * @param drivers the drivers in the token store
	 * @param tokenFailures the failed refreshes
	 */
	public record SmartcarDescriptor(Registration registration, Drivers drivers, TokenFailures tokenFailures) {

	}

	/**
	 * The Smartcar registration, from the {@code smartcar.*} properties.
	 *
	 * @param clientId the client id, masked but for its first four characters
	 * @param redirectUri where Connect sends the driver back, possibly a template
	 * @param scopes the permissions requested
	 * @param mode the Connect mode: {@code live}, {@code test} or {@code simulated}
	 * @param unitSystem the unit system requested: {@code metric} or {@code imperial}
	 * @param apiVersion the vehicle API version
	 * @param baseUrls the base URL of each Smartcar service
	 */
	public record Registration(String clientId, String redirectUri, List<String> scopes, String mode, String unitSystem,
			String apiVersion, Map<String, String> baseUrls) {

	}

	/**
	 * The drivers in the token store.
	 *
	 * @param tokenStore the kind of store: {@code jdbc}, {@code memory} or the store's
	 * class
	 * @param connected how many drivers have stored tokens, or {@code null} when the
	 * store cannot tell (in memory) or could not be read
	 */
	public record Drivers(String tokenStore, @Nullable Long connected) {

	}

	/**
	 * The token refreshes that failed since the application started.
	 *
	 * @param counts how many failed, by kind
	 * @param recent the last ones, newest first, without the driver
	 */
	public record TokenFailures(Map<TokenFailureKind, Long> counts, List<RecentTokenFailures.Failure> recent) {

	}

}
