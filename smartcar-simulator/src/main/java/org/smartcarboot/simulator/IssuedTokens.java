package org.smartcarboot.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A token pair issued by the simulated token endpoint.
 *
 * @param accessToken the opaque access token to send as a {@code Bearer} token
 * @param refreshToken the opaque refresh token, valid until it is used (plus the grace
 * period)
 * @param expiresIn how long the access token is valid from the moment it was issued
 */
public record IssuedTokens(String accessToken, String refreshToken, Duration expiresIn) {

	/**
	 * Creates a token pair.
	 * @param accessToken the access token
	 * @param refreshToken the refresh token
	 * @param expiresIn the access token lifetime
	 */
	public IssuedTokens {
		Objects.requireNonNull(accessToken, "accessToken");
		Objects.requireNonNull(refreshToken, "refreshToken");
		Objects.requireNonNull(expiresIn, "expiresIn");
	}

}
