package org.smartcarboot.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one Smartcar application the simulator knows: its name, its credentials, its
 * application management token and its allowed redirect URIs. Thread-safe.
 */
final class ClientRegistration {

	private static final String BASIC_PREFIX = "basic ";

	private final String clientId;

	private final String clientSecret;

	private final String managementToken;

	private final Set<String> redirectUris = ConcurrentHashMap.newKeySet();

	private volatile String applicationName = "Your app";

	ClientRegistration(String clientId, String clientSecret, String managementToken) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.managementToken = managementToken;
	}

	String applicationName() {
		return this.applicationName;
	}

	void setApplicationName(String applicationName) {
		if (applicationName == null || applicationName.isBlank()) {
			throw new IllegalArgumentException("applicationName must not be blank, was '" + applicationName + "'");
		}
		this.applicationName = applicationName;
	}

	String clientId() {
		return this.clientId;
	}

	String clientSecret() {
		return this.clientSecret;
	}

	String managementToken() {
		return this.managementToken;
	}

	void registerRedirectUri(String redirectUri) {
		if (redirectUri == null || !URI.create(redirectUri).isAbsolute()) {
			throw new IllegalArgumentException("redirectUri must be an absolute URI, was " + redirectUri);
		}
		this.redirectUris.add(redirectUri);
	}

	boolean isRegisteredRedirectUri(String redirectUri) {
		return redirectUri != null && this.redirectUris.contains(redirectUri);
	}

	/**
	 * Whether an {@code Authorization} header carries this client's credentials as HTTP
	 * Basic authentication.
	 * @param authorization the header value, may be {@code null}
	 * @return {@code true} for the right credentials
	 */
	boolean authenticates(String authorization) {
		return isBasic(authorization, this.clientId + ":" + this.clientSecret);
	}

	/**
	 * Whether an {@code Authorization} header carries the management token as the
	 * management API expects it: HTTP Basic with user {@code default}.
	 * @param authorization the header value, may be {@code null}
	 * @return {@code true} for the right token
	 */
	boolean authenticatesManagement(String authorization) {
		return isBasic(authorization, "default:" + this.managementToken);
	}

	/**
	 * Whether a bearer token is the management token, as unsubscribing a vehicle from a
	 * webhook expects it.
	 * @param bearerToken the token, may be {@code null}
	 * @return {@code true} for the management token
	 */
	boolean isManagementToken(String bearerToken) {
		return bearerToken != null && MessageDigest.isEqual(bearerToken.getBytes(StandardCharsets.UTF_8),
				this.managementToken.getBytes(StandardCharsets.UTF_8));
	}

	private static boolean isBasic(String authorization, String expectedCredentials) {
		if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BASIC_PREFIX)) {
			return false;
		}
		try {
			byte[] presented = Base64.getDecoder().decode(authorization.substring(BASIC_PREFIX.length()).trim());
			return MessageDigest.isEqual(presented, expectedCredentials.getBytes(StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
