package org.smartcarboot.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes, access tokens and rotating refresh tokens issued by the simulator,
 * each carrying the permissions the driver granted. Thread-safe.
 */
final class TokenStore {

	private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

	private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

	private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();

	private final Map<String, RefreshToken> refreshTokens = new ConcurrentHashMap<>();

	private volatile Duration accessTokenLifetime = Duration.ofHours(2);

	private volatile Duration refreshTokenGracePeriod = Duration.ofMinutes(1);

	private final Clock clock;

	/**
	 * Creates a store on the system clock.
	 */
	TokenStore() {
		this(Clock.systemUTC());
	}

	/**
	 * Creates a store on the given clock.
	 * @param clock the clock that ages codes and tokens
	 */
	TokenStore(Clock clock) {
		this.clock = clock;
	}

	void setAccessTokenLifetime(Duration lifetime) {
		this.accessTokenLifetime = requireNotNegative(lifetime, "lifetime");
	}

	void setRefreshTokenGracePeriod(Duration grace) {
		this.refreshTokenGracePeriod = requireNotNegative(grace, "grace");
	}

	/**
	 * Issues a single-use authorization code for a Connect request.
	 * @param redirectUri the redirect URI of the authorize request, which the code
	 * exchange must repeat
	 * @param permissions the permissions the driver granted
	 * @return the code
	 */
	String issueCode(String redirectUri, List<String> permissions) {
		String code = newToken();
		this.codes.put(code, new AuthorizationCode(redirectUri, this.clock.instant(), List.copyOf(permissions)));
		return code;
	}

	/**
	 * Exchanges an authorization code for tokens; the code is used up.
	 * @param code the code
	 * @param redirectUri the redirect URI sent with the exchange
	 * @return the new tokens
	 * @throws OAuthError {@code invalid_grant} for unknown, used or expired codes and
	 * mismatching redirect URIs
	 */
	IssuedTokens redeemCode(String code, String redirectUri) {
		AuthorizationCode issued = this.codes.get(code);
		if (issued != null && !issued.redirectUri().equals(redirectUri)) {
			throw OAuthError.invalidGrant("Unauthorized redirect_uri: " + redirectUri + ".");
		}
		if (issued == null || !this.codes.remove(code, issued)
				|| issued.issuedAt().plus(CODE_LIFETIME).isBefore(this.clock.instant())) {
			throw OAuthError.invalidGrant("Invalid code: " + code + ".");
		}
		return issueTokens(issued.permissions());
	}

	/**
	 * Exchanges a refresh token for new tokens. The refresh token keeps working for the
	 * grace period after its first use.
	 * @param refreshToken the refresh token
	 * @return the new tokens, with a new refresh token and the same permissions
	 * @throws OAuthError {@code invalid_grant} for unknown refresh tokens and ones used
	 * longer ago than the grace period
	 */
	IssuedTokens refresh(String refreshToken) {
		RefreshToken token = this.refreshTokens.get(refreshToken);
		if (token == null || !token.use(this.clock.instant(), this.refreshTokenGracePeriod)) {
			throw OAuthError.invalidGrant("Invalid refresh_token: " + refreshToken + ".");
		}
		return issueTokens(token.permissions());
	}

	/**
	 * Issues tokens granting every permission the vehicle API knows.
	 * @return the new tokens
	 */
	IssuedTokens issueTokens() {
		return issueTokens(Capability.permissions());
	}

	/**
	 * Issues tokens granting some permissions.
	 * @param permissions the permissions
	 * @return the new tokens
	 */
	IssuedTokens issueTokens(List<String> permissions) {
		List<String> granted = List.copyOf(permissions);
		Duration lifetime = this.accessTokenLifetime;
		String accessToken = newToken();
		String refreshToken = newToken();
		this.accessTokens.put(accessToken, new AccessToken(this.clock.instant().plus(lifetime), granted));
		this.refreshTokens.put(refreshToken, new RefreshToken(granted));
		return new IssuedTokens(accessToken, refreshToken, lifetime);
	}

	boolean isAccessTokenValid(String accessToken) {
		AccessToken token = (accessToken != null) ? this.accessTokens.get(accessToken) : null;
		return token != null && this.clock.instant().isBefore(token.expiry());
	}

	/**
	 * The permissions an access token grants.
	 * @param accessToken the access token
	 * @return the permissions, empty for unknown tokens
	 */
	List<String> permissionsOf(String accessToken) {
		AccessToken token = (accessToken != null) ? this.accessTokens.get(accessToken) : null;
		return (token != null) ? token.permissions() : List.of();
	}

	boolean isRefreshTokenValid(String refreshToken) {
		RefreshToken token = (refreshToken != null) ? this.refreshTokens.get(refreshToken) : null;
		return token != null && token.isUsable(this.clock.instant(), this.refreshTokenGracePeriod);
	}

	void expireAccessTokens() {
		Instant now = this.clock.instant();
		this.accessTokens.replaceAll((value, token) -> token.expiry().isAfter(now) ? token.expiringAt(now) : token);
	}

	private static String newToken() {
		return UUID.randomUUID().toString();
	}

	private static Duration requireNotNegative(Duration duration, String name) {
		Objects.requireNonNull(duration, name);
		if (duration.isNegative()) {
			throw new IllegalArgumentException(name + " must not be negative");
		}
		return duration;
	}

	private record AuthorizationCode(String redirectUri, Instant issuedAt, List<String> permissions) {
	}

	private record AccessToken(Instant expiry, List<String> permissions) {

		AccessToken expiringAt(Instant instant) {
			return new AccessToken(instant, this.permissions);
		}

	}

	/**
	 * A refresh token's use: unused, or first used at some instant.
	 */
	private static final class RefreshToken {

		private final List<String> permissions;

		private Instant firstUsedAt;

		RefreshToken(List<String> permissions) {
			this.permissions = permissions;
		}

		List<String> permissions() {
			return this.permissions;
		}

		synchronized boolean use(Instant now, Duration gracePeriod) {
			boolean usable = isUsable(now, gracePeriod);
			if (this.firstUsedAt == null) {
				this.firstUsedAt = now;
			}
			return usable;
		}

		synchronized boolean isUsable(Instant now, Duration gracePeriod) {
			return this.firstUsedAt == null || now.isBefore(this.firstUsedAt.plus(gracePeriod));
		}

	}

}
