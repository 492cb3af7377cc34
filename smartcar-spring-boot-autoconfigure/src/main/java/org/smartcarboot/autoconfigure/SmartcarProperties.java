package org.smartcarboot.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarFlags;
import org.smartcarboot.api.SmartcarHttpTransport;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.connect.ApprovalPrompt;
import org.smartcarboot.connect.ConnectMode;
import org.smartcarboot.connect.ConnectParameters;
import org.smartcarboot.connect.SmartcarPermissions;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Configuration properties for the Smartcar application, Smartcar Connect and the
 * Smartcar API.
 */
@ConfigurationProperties(SmartcarProperties.PREFIX)
public class SmartcarProperties implements InitializingBean {

	/**
	 * Prefix of every Smartcar property.
	 */
	public static final String PREFIX = "smartcar";

	/**
	 * Default redirect URI: Spring Security's login callback on the current host.
	 */
	public static final String DEFAULT_REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

	private static final Pattern API_VERSION = Pattern.compile("\\d+\\.\\d+");

	private static final Pattern PERMISSION_NAME = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[A-Za-z]+}");

	/**
	 * Client id of the Smartcar application, from the Smartcar dashboard.
	 */
	private @Nullable String clientId;

	/**
	 * Client secret of the Smartcar application, from the Smartcar dashboard.
	 */
	private @Nullable String clientSecret;

	/**
	 * URI Smartcar Connect redirects the driver back to; it must be registered in the
	 * Smartcar dashboard. Spring Security's URI template variables such as {baseUrl} are
	 * allowed.
	 */
	private String redirectUri = DEFAULT_REDIRECT_URI;

	/**
	 * Permissions requested from the driver, such as read_odometer. Prefix one with
	 * "required:" to make it mandatory. Sent space-separated. At least one is needed, and
	 * each must be a permission Smartcar documents or one of additional-known-scopes.
	 */
	private List<String> scopes = new ArrayList<>();

	/**
	 * Permissions Smartcar offers that the starter does not know yet, such as a newly
	 * added read_something, so that scopes may ask for them. Naming one here requests
	 * nothing by itself.
	 */
	private List<String> additionalKnownScopes = new ArrayList<>();

	/**
	 * Connect mode: live for real vehicles, test for Smartcar's test vehicles, simulated
	 * for Smartcar's vehicle simulator.
	 */
	private ConnectMode mode = ConnectMode.LIVE;

	/**
	 * Unit system requested for measurements; each response states the one it used.
	 */
	private UnitSystem unitSystem = UnitSystem.METRIC;

	/**
	 * Version of the Smartcar vehicle API, such as 2.0.
	 */
	private String apiVersion = "2.0";

	/**
	 * Application management token (AMT) from the Smartcar dashboard, for the management
	 * API (connections) and webhook subscriptions. The management service is only
	 * available when it is set.
	 */
	private @Nullable String managementToken;

	/**
	 * Where the drivers' Smartcar tokens are stored: auto stores them in the database
	 * when the application has a DataSource and in memory otherwise, jdbc always in the
	 * database, memory always in memory, where a restart loses them.
	 */
	private TokenStore tokenStore = TokenStore.AUTO;

	/**
	 * Smartcar Connect options.
	 */
	private final Connect connect = new Connect();

	/**
	 * Base URLs of Smartcar's services; point them at a simulator in tests.
	 */
	private final Urls urls = new Urls();

	/**
	 * HTTP client settings of every Smartcar client: vehicle API calls, token requests,
	 * the compatibility and the management API.
	 */
	private final Http http = new Http();

	/**
	 * Retries of vehicle API reads that fail in a way that may pass.
	 */
	private final Retry retry = new Retry();

	/**
	 * Reads of many vehicles at once, through the SmartcarFleetReader.
	 */
	private final Fleet fleet = new Fleet();

	public @Nullable String getClientId() {
		return this.clientId;
	}

	public void setClientId(@Nullable String clientId) {
		this.clientId = clientId;
	}

	public @Nullable String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public String getRedirectUri() {
		return this.redirectUri;
	}

	public void setRedirectUri(String redirectUri) {
		this.redirectUri = redirectUri;
	}

	public List<String> getScopes() {
		return this.scopes;
	}

	public void setScopes(List<String> scopes) {
		this.scopes = scopes;
	}

	public List<String> getAdditionalKnownScopes() {
		return this.additionalKnownScopes;
	}

	public void setAdditionalKnownScopes(List<String> additionalKnownScopes) {
		this.additionalKnownScopes = additionalKnownScopes;
	}

	public ConnectMode getMode() {
		return this.mode;
	}

	public void setMode(ConnectMode mode) {
		this.mode = mode;
	}

	public UnitSystem getUnitSystem() {
		return this.unitSystem;
	}

	public void setUnitSystem(UnitSystem unitSystem) {
		this.unitSystem = unitSystem;
	}

	public String getApiVersion() {
		return this.apiVersion;
	}

	public void setApiVersion(String apiVersion) {
		this.apiVersion = apiVersion;
	}

	public @Nullable String getManagementToken() {
		return this.managementToken;
	}

	public void setManagementToken(@Nullable String managementToken) {
		this.managementToken = managementToken;
	}

	public TokenStore getTokenStore() {
		return this.tokenStore;
	}

	public void setTokenStore(TokenStore tokenStore) {
		this.tokenStore = tokenStore;
	}

	public Connect getConnect() {
		return this.connect;
	}

	public Urls getUrls() {
		return this.urls;
	}

	public Http getHttp() {
		return this.http;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Fleet getFleet() {
		return this.fleet;
	}

	/**
	 * Returns how reads of the vehicle API are retried, as configured here.
	 * @return the retry, {@link SmartcarRetry#none()} when retries are disabled
	 */
	public SmartcarRetry readRetry() {
		if (!this.retry.isEnabled()) {
			return SmartcarRetry.none();
		}
		return SmartcarRetry.defaults()
			.withMaxAttempts(this.retry.getMaxAttempts())
			.withInitialInterval(this.retry.getInitialInterval())
			.withMultiplier(this.retry.getMultiplier())
			.withMaxInterval(this.retry.getMaxInterval())
			.withMaxElapsed(this.retry.getMaxElapsed());
	}

	/**
	 * Returns the base URL of the vehicle API for the configured version, such as
	 * {@code https://api.smartcar.com/v2.0}.
	 * @return the versioned API base URL
	 */
	public String versionedApiUrl() {
		return StringUtils.trimTrailingCharacter(this.urls.getApi(), '/') + "/v" + this.apiVersion;
	}

	/**
	 * Returns the Connect parameters configured here, before a request adds its own.
	 * @return the configured Connect parameters
	 */
	public ConnectParameters connectParameters() {
		return new ConnectParameters(this.mode, this.connect.getApprovalPrompt(), this.connect.getMake(),
				this.connect.isSingleSelect(), this.connect.getSingleSelectVin(), this.connect.getFlags(),
				this.connect.getUser());
	}

	@Override
	public void afterPropertiesSet() {
		validate();
	}

	/**
	 * Checks every property, failing on the first wrong one: first on a {@code ${...}}
	 * placeholder that nothing resolved, then on missing and malformed values.
	 * @throws InvalidSmartcarPropertyException naming the wrong property and the fix
	 */
	public void validate() {
		rejectUnresolvedPlaceholders();
		requireText("client-id", this.clientId,
				"Set smartcar.client-id to the client id of your application in the Smartcar dashboard.");
		requireText("client-secret", this.clientSecret,
				"Set smartcar.client-secret to the client secret of your application in the Smartcar dashboard.");
		requireRedirectUri();
		validateScopes();
		if (this.apiVersion == null || !API_VERSION.matcher(this.apiVersion).matches()) {
			throw new InvalidSmartcarPropertyException("api-version", this.apiVersion, "is not a version number",
					"Set smartcar.api-version to a version such as 2.0.");
		}
		if (this.managementToken != null && !StringUtils.hasText(this.managementToken)) {
			throw new InvalidSmartcarPropertyException("management-token", null, "is blank",
					"Set smartcar.management-token to the application management token in the Smartcar dashboard, "
							+ "or remove it.");
		}
		requireHttpUrl("urls.connect", this.urls.getConnect());
		requireHttpUrl("urls.auth", this.urls.getAuth());
		requireHttpUrl("urls.api", this.urls.getApi());
		requireHttpUrl("urls.management", this.urls.getManagement());
		requireHttpUrl("urls.v3", this.urls.getV3());
		String vin = this.connect.getSingleSelectVin();
		if (vin != null && !ConnectParameters.isVin(vin)) {
			throw new InvalidSmartcarPropertyException("connect.single-select-vin", vin, "is not a 17-character VIN",
					"Set smartcar.connect.single-select-vin to a vehicle identification number, or remove it.");
		}
		try {
			SmartcarFlags.checked(this.connect.getFlags());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSmartcarPropertyException("connect.flags", this.connect.getFlags().toString(),
					"has a flag that is not a plain name with a value without spaces or colons",
					"Set smartcar.connect.flags.<name> to values such as true or DE.");
		}
		requirePositive("http.connect-timeout", this.http.getConnectTimeout());
		requirePositive("http.read-timeout", this.http.getReadTimeout());
		if (this.http.getMaxConnections() < 1) {
			throw new InvalidSmartcarPropertyException("http.max-connections",
					String.valueOf(this.http.getMaxConnections()), "is below 1",
					"Set smartcar.http.max-connections to at least the number of threads that call Smartcar at once, such as "
							+ SmartcarHttpTransport.DEFAULT_MAX_CONNECTIONS + ".");
		}
		validateRetry();
		if (this.fleet.getConcurrency() < 1) {
			throw new InvalidSmartcarPropertyException("fleet.concurrency", String.valueOf(this.fleet.getConcurrency()),
					"is below 1", "Set smartcar.fleet.concurrency to 1 (one read at a time) or more, such as 10.");
		}
	}

	private void rejectUnresolvedPlaceholders() {
		UnresolvedPlaceholders.reject("client-id", this.clientId);
		UnresolvedPlaceholders.reject("client-secret", this.clientSecret);
		UnresolvedPlaceholders.reject("redirect-uri", this.redirectUri);
		UnresolvedPlaceholders.reject("scopes", this.scopes);
		UnresolvedPlaceholders.reject("additional-known-scopes", this.additionalKnownScopes);
		UnresolvedPlaceholders.reject("api-version", this.apiVersion);
		UnresolvedPlaceholders.reject("management-token", this.managementToken);
		UnresolvedPlaceholders.reject("connect.make", this.connect.getMake());
		UnresolvedPlaceholders.reject("connect.single-select-vin", this.connect.getSingleSelectVin());
		UnresolvedPlaceholders.reject("connect.flags", this.connect.getFlags());
		UnresolvedPlaceholders.reject("connect.user", this.connect.getUser());
		UnresolvedPlaceholders.reject("urls.connect", this.urls.getConnect());
		UnresolvedPlaceholders.reject("urls.auth", this.urls.getAuth());
		UnresolvedPlaceholders.reject("urls.api", this.urls.getApi());
		UnresolvedPlaceholders.reject("urls.management", this.urls.getManagement());
		UnresolvedPlaceholders.reject("urls.v3", this.urls.getV3());
	}

	private void validateScopes() {
		for (String permission : this.additionalKnownScopes) {
			if (permission == null || !PERMISSION_NAME.matcher(permission).matches()) {
				throw new InvalidSmartcarPropertyException("additional-known-scopes", permission,
						"is not a permission name",
						"Set smartcar.additional-known-scopes to permission names such as read_something, without "
								+ SmartcarPermissions.REQUIRED_PREFIX + " prefix.");
			}
		}
		String known = String.join(", ", SmartcarPermissions.known());
		if (this.scopes.isEmpty()) {
			throw new InvalidSmartcarPropertyException("scopes", null, "is empty: Connect would ask for no permission",
					"Set smartcar.scopes to the permissions your application asks drivers for, separated by commas, "
							+ "such as read_vehicle_info, read_odometer. Smartcar's permissions: " + known + ".");
		}
		for (String scope : this.scopes) {
			validateScope((scope != null) ? scope.trim() : "", known);
		}
	}

	private void validateScope(String scope, String known) {
		String permission = SmartcarPermissions.permission(scope);
		if (permission.isEmpty()) {
			throw new InvalidSmartcarPropertyException("scopes", String.join(",", this.scopes),
					"has an empty permission", "Remove the empty entry, or the comma too many, from smartcar.scopes.");
		}
		if (permission.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidSmartcarPropertyException("scopes", scope, "holds several permissions in one",
					"Separate the permissions in smartcar.scopes with commas, or list them one per line in YAML.");
		}
		if (!SmartcarPermissions.isKnown(permission) && !this.additionalKnownScopes.contains(permission)) {
			throw new InvalidSmartcarPropertyException("scopes", scope, "is not a permission Smartcar is known to have",
					"Ask for permissions Smartcar has: " + known + ". If Smartcar offers " + permission
							+ " and the starter does not know it yet, add it to smartcar.additional-known-scopes.");
		}
	}

	private void validateRetry() {
		if (this.retry.getMaxAttempts() < 1) {
			throw new InvalidSmartcarPropertyException("retry.max-attempts",
					String.valueOf(this.retry.getMaxAttempts()), "is below 1",
					"Set smartcar.retry.max-attempts to 1 (one attempt only) or more.");
		}
		requirePositive("retry.initial-interval", this.retry.getInitialInterval());
		if (!(this.retry.getMultiplier() >= 1)) {
			throw new InvalidSmartcarPropertyException("retry.multiplier", String.valueOf(this.retry.getMultiplier()),
					"is below 1", "Set smartcar.retry.multiplier to 1 (a fixed interval) or more.");
		}
		requirePositive("retry.max-interval", this.retry.getMaxInterval());
		if (this.retry.getMaxInterval().compareTo(this.retry.getInitialInterval()) < 0) {
			throw new InvalidSmartcarPropertyException("retry.max-interval",
					String.valueOf(this.retry.getMaxInterval()), "is shorter than smartcar.retry.initial-interval",
					"Set smartcar.retry.max-interval to at least smartcar.retry.initial-interval.");
		}
		requirePositive("retry.max-elapsed", this.retry.getMaxElapsed());
	}

	private static void requirePositive(String key, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidSmartcarPropertyException(key, String.valueOf(value), "is not positive",
					"Set smartcar." + key + " to a positive duration, such as 10s.");
		}
	}

	private void requireText(String key, @Nullable String value, String action) {
		if (!StringUtils.hasText(value)) {
			throw new InvalidSmartcarPropertyException(key, null, "is missing", action);
		}
	}

	private void requireRedirectUri() {
		String action = "Set smartcar.redirect-uri to an absolute URI registered in the Smartcar dashboard, "
				+ "such as https://example.com/login/oauth2/code/smartcar, or remove it to use " + DEFAULT_REDIRECT_URI
				+ ".";
		if (!StringUtils.hasText(this.redirectUri)) {
			throw new InvalidSmartcarPropertyException("redirect-uri", this.redirectUri, "is empty", action);
		}
		String resolvable = TEMPLATE_VARIABLE.matcher(this.redirectUri).replaceAll("template");
		boolean startsWithTemplate = this.redirectUri.startsWith("{");
		URI uri = parse(resolvable);
		boolean absolute = uri != null && uri.isAbsolute() && isHttp(uri.getScheme()) && uri.getHost() != null;
		boolean templated = uri != null && startsWithTemplate;
		if (!absolute && !templated) {
			throw new InvalidSmartcarPropertyException("redirect-uri", this.redirectUri, "is not an absolute URI",
					action);
		}
	}

	private void requireHttpUrl(String key, @Nullable String value) {
		URI uri = (value != null) ? parse(value) : null;
		if (uri == null || !uri.isAbsolute() || !isHttp(uri.getScheme()) || uri.getHost() == null
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new InvalidSmartcarPropertyException(key, value, "is not an http(s) URL without a query",
					"Set smartcar." + key + " to an absolute http or https URL, or remove it to use Smartcar's host.");
		}
	}

	private static @Nullable URI parse(String value) {
		try {
			return new URI(value);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static boolean isHttp(@Nullable String scheme) {
		return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
	}

	/**
	 * Smartcar Connect options; requests to {@code /oauth2/authorization/smartcar} may
	 * override some of them with query parameters.
	 */
	public static class Connect {

		/**
		 * Whether Connect shows the approval screen to drivers who already approved: auto
		 * or force.
		 */
		private ApprovalPrompt approvalPrompt = ApprovalPrompt.AUTO;

		/**
		 * Make whose login Connect opens directly, skipping the brand selector, such as
		 * TESLA.
		 */
		private @Nullable String make;

		/**
		 * Whether the driver may connect only one vehicle.
		 */
		private boolean singleSelect;

		/**
		 * VIN of the only vehicle the driver may connect; implies single select.
		 */
		private @Nullable String singleSelectVin;

		/**
		 * Feature flags passed to Connect, as name to value.
		 */
		private Map<String, String> flags = new LinkedHashMap<>();

		/**
		 * Id of the driver in your application, for Smartcar's analytics.
		 */
		private @Nullable String user;

		/**
		 * Whether to send a PKCE code challenge; Smartcar does not document PKCE.
		 */
		private boolean pkce;

		public ApprovalPrompt getApprovalPrompt() {
			return this.approvalPrompt;
		}

		public void setApprovalPrompt(ApprovalPrompt approvalPrompt) {
			this.approvalPrompt = approvalPrompt;
		}

		public @Nullable String getMake() {
			return this.make;
		}

		public void setMake(@Nullable String make) {
			this.make = make;
		}

		public boolean isSingleSelect() {
			return this.singleSelect;
		}

		public void setSingleSelect(boolean singleSelect) {
			this.singleSelect = singleSelect;
		}

		public @Nullable String getSingleSelectVin() {
			return this.singleSelectVin;
		}

		public void setSingleSelectVin(@Nullable String singleSelectVin) {
			this.singleSelectVin = singleSelectVin;
		}

		public Map<String, String> getFlags() {
			return this.flags;
		}

		public void setFlags(Map<String, String> flags) {
			this.flags = flags;
		}

		public @Nullable String getUser() {
			return this.user;
		}

		public void setUser(@Nullable String user) {
			this.user = user;
		}

		public boolean isPkce() {
			return this.pkce;
		}

		public void setPkce(boolean pkce) {
			this.pkce = pkce;
		}

	}

	/**
	 * Base URLs of Smartcar's services.
	 */
	public static class Urls {

		/**
		 * Base URL of Smartcar Connect, which serves /oauth/authorize.
		 */
		private String connect = "https://connect.smartcar.com";

		/**
		 * Base URL of Smartcar's token endpoint, which serves /oauth/token.
		 */
		private String auth = "https://auth.smartcar.com";

		/**
		 * Base URL of the Smartcar vehicle API, without the version.
		 */
		private String api = "https://api.smartcar.com";

		/**
		 * Base URL of the Smartcar management API.
		 */
		private String management = "https://management.smartcar.com";

		/**
		 * Base URL of the Smartcar vehicle API v3 (preview), including the version.
		 */
		private String v3 = "https://vehicle.api.smartcar.com/v3";

		public String getConnect() {
			return this.connect;
		}

		public void setConnect(String connect) {
			this.connect = connect;
		}

		public String getAuth() {
			return this.auth;
		}

		public void setAuth(String auth) {
			this.auth = auth;
		}

		public String getApi() {
			return this.api;
		}

		public void setApi(String api) {
			this.api = api;
		}

		public String getManagement() {
			return this.management;
		}

		public void setManagement(String management) {
			this.management = management;
		}

		public String getV3() {
			return this.v3;
		}

		public void setV3(String v3) {
			this.v3 = v3;
		}

	}

	/**
	 * Where the drivers' Smartcar tokens (Spring Security's authorized clients) are
	 * stored.
	 */
	public enum TokenStore {

		/**
		 * In the database when the application has a single DataSource, in memory
		 * otherwise.
		 */
		AUTO,

		/**
		 * In the database, with Spring Security's JdbcOAuth2AuthorizedClientService.
		 */
		JDBC,

		/**
		 * In memory, with Spring Security's InMemoryOAuth2AuthorizedClientService; a
		 * restart loses them.
		 */
		MEMORY

	}

	/**
	 * HTTP client settings of every Smartcar client.
	 */
	public static class Http {

		/**
		 * Most time to wait for a connection to a Smartcar host.
		 */
		private Duration connectTimeout = Duration.ofSeconds(10);

		/**
		 * Most time to wait for a response once a request is sent, for API calls and
		 * token requests alike. Smartcar documents up to 300 seconds for a vehicle to
		 * answer.
		 */
		private Duration readTimeout = Duration.ofSeconds(310);

		/**
		 * Most connections open at once to each Smartcar host, for API calls and token
		 * requests, when the transport is Apache HttpClient (the starter's default); a
		 * call waits for a free one. At least the number of threads that call Smartcar at
		 * once, such as smartcar.fleet.concurrency.
		 */
		private int maxConnections = SmartcarHttpTransport.DEFAULT_MAX_CONNECTIONS;

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
		}

	}

	/**
	 * Retries of vehicle API reads: GET requests and batches, on 429, 500, 502, 503, 504,
	 * timeouts and I/O errors. Commands are never retried.
	 */
	public static class Retry {

		/**
		 * Whether reads that fail in a way that may pass are sent again.
		 */
		private boolean enabled = true;

		/**
		 * Attempts of a read, the first one included.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the first retry; each wait varies randomly by up to half its
		 * length.
		 */
		private Duration initialInterval = Duration.ofMillis(500);

		/**
		 * Factor of the wait from one retry to the next.
		 */
		private double multiplier = 2;

		/**
		 * Longest wait between attempts, unless Smartcar's retry-after asks for longer.
		 */
		private Duration maxInterval = Duration.ofSeconds(5);

		/**
		 * Time budget of a read: no retry starts after it, and a retry-after that would
		 * end past it fails the read at once.
		 */
		private Duration maxElapsed = Duration.ofSeconds(30);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialInterval() {
			return this.initialInterval;
		}

		public void setInitialInterval(Duration initialInterval) {
			this.initialInterval = initialInterval;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxInterval() {
			return this.maxInterval;
		}

		public void setMaxInterval(Duration maxInterval) {
			this.maxInterval = maxInterval;
		}

		public Duration getMaxElapsed() {
			return this.maxElapsed;
		}

		public void setMaxElapsed(Duration maxElapsed) {
			this.maxElapsed = maxElapsed;
		}

	}

	/**
	 * Reads of many vehicles through the SmartcarFleetReader.
	 */
	public static class Fleet {

		/**
		 * Most vehicle reads of the fleet reader under way at once, across all its reads.
		 */
		private int concurrency = 10;

		public int getConcurrency() {
			return this.concurrency;
		}

		public void setConcurrency(int concurrency) {
			this.concurrency = concurrency;
		}

	}

}
