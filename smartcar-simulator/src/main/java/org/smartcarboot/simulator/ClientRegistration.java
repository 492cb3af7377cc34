package org.smartcarboot.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one Smartcar application the simulator knows: its credentials and its allowed
 * redirect URIs. Thread-safe.
 */
final class ClientRegistration {

	private static final String BASIC_PREFIX = "basic ";

	private final String clientId;

	private final String clientSecret;

	private final Set<String> redirectUris = ConcurrentHashMap.newKeySet();

	ClientRegistration(String clientId, String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	String clientId() {
		return this.clientId;
	}

	String clientSecret() {
		return this.clientSecret;
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
		if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BASIC_PREFIX)) {
			return false;
		}
		try {
			byte[] presented = Base64.getDecoder().decode(authorization.substring(BASIC_PREFIX.length()).trim());
			byte[] expected = (this.clientId + ":" + this.clientSecret).getBytes(StandardCharsets.UTF_8);
			return MessageDigest.isEqual(presented, expected);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
