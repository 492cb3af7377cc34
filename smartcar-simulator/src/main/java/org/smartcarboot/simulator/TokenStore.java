package org.smartcarboot.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes, access tokens and rotating refresh tokens issued by the simulator.
 * Thread-safe.
 */
final class TokenStore {

	private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

	private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

	private final Map<String, Instant> accessTokenExpiries = new ConcurrentHashMap<>();

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
	 * @return the code
	 */
	String issueCode(String redirectUri) {
		String code = newToken();
		this.codes.put(code, new AuthorizationCode(redirectUri, this.clock.instant()));
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
		return issueTokens();
	}

	/**
	 * Exchanges a refresh token for new tokens. The refresh token keeps working for the
	 * grace period after its first use.
	 * @param refreshToken the refresh token
	 * @return the new tokens, with a new refresh token
	 * @throws OAuthError {@code invalid_grant} for unknown refresh tokens and ones used
	 * longer ago than the grace period
	 */
	IssuedTokens refresh(String refreshToken) {
		RefreshToken token = this.refreshTokens.get(refreshToken);
		if (token == null || !token.use(this.clock.instant(), this.refreshTokenGracePeriod)) {
			throw OAuthError.invalidGrant("Invalid refresh_token: " + refreshToken + ".");
		}
		return issueTokens();
	}

	IssuedTokens issueTokens() {
		Duration lifetime = this.accessTokenLifetime;
		String accessToken = newToken();
		String refreshToken = newToken();
		this.accessTokenExpiries.put(accessToken, this.clock.instant().plus(lifetime));
		this.refreshTokens.put(refreshToken, new RefreshToken());
		return new IssuedTokens(accessToken, refreshToken, lifetime);
	}

	boolean isAccessTokenValid(String accessToken) {
		Instant expiry = (accessToken != null) ? this.accessTokenExpiries.get(accessToken) : null;
		return expiry != null && this.clock.instant().isBefore(expiry);
	}

	boolean isRefreshTokenValid(String refreshToken) {
		RefreshToken token = (refreshToken != null) ? this.refreshTokens.get(refreshToken) : null;
		return token != null && token.isUsable(this.clock.instant(), this.refreshTokenGracePeriod);
	}

	void expireAccessTokens() {
		Instant now = this.clock.instant();
		this.accessTokenExpiries.replaceAll((token, expiry) -> expiry.isAfter(now) ? now : expiry);
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

	private record AuthorizationCode(String redirectUri, Instant issuedAt) {
	}

	/**
	 * A refresh token's use: unused, or first used at some instant.
	 */
	private static final class RefreshToken {

		private Instant firstUsedAt;

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
