package org.smartcarboot.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests how {@link TokenStore} ages codes and tokens, on a clock the test moves.
 */
class TokenStoreTests {

	private static final String REDIRECT_URI = "http://localhost/callback";

	private static final List<String> PERMISSIONS = List.of("read_vehicle_info", "read_odometer");

	private final MovableClock clock = new MovableClock();

	private final TokenStore store = new TokenStore(this.clock);

	@Test
	void aCodeWorksForTenMinutes() {
		String code = this.store.issueCode(REDIRECT_URI, PERMISSIONS);
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.store.redeemCode(code, REDIRECT_URI).accessToken()).isNotBlank();
	}

	@Test
	void aCodeExpiresAfterTenMinutes() {
		String code = this.store.issueCode(REDIRECT_URI, PERMISSIONS);
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		assertThatExceptionOfType(OAuthError.class).isThrownBy(() -> this.store.redeemCode(code, REDIRECT_URI));
	}

	@Test
	void anAccessTokenExpiresAfterItsLifetime() {
		this.store.setAccessTokenLifetime(Duration.ofHours(2));
		String accessToken = this.store.issueTokens().accessToken();
		this.clock.advance(Duration.ofHours(2).minusSeconds(1));
		assertThat(this.store.isAccessTokenValid(accessToken)).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.store.isAccessTokenValid(accessToken)).isFalse();
	}

	@Test
	void aUsedRefreshTokenWorksForTheGracePeriodAfterItsFirstUse() {
		this.store.setRefreshTokenGracePeriod(Duration.ofMinutes(1));
		String refreshToken = this.store.issueTokens().refreshToken();
		this.clock.advance(Duration.ofDays(30));
		this.store.refresh(refreshToken);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.store.refresh(refreshToken).refreshToken()).isNotEqualTo(refreshToken);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.store.isRefreshTokenValid(refreshToken)).isFalse();
		assertThatExceptionOfType(OAuthError.class).isThrownBy(() -> this.store.refresh(refreshToken));
	}

	@Test
	void theGrantedPermissionsTravelFromTheCodeToEveryRefreshedToken() {
		IssuedTokens exchanged = this.store.redeemCode(this.store.issueCode(REDIRECT_URI, PERMISSIONS), REDIRECT_URI);
		assertThat(this.store.permissionsOf(exchanged.accessToken())).isEqualTo(PERMISSIONS);
		IssuedTokens refreshed = this.store.refresh(exchanged.refreshToken());
		assertThat(this.store.permissionsOf(refreshed.accessToken())).isEqualTo(PERMISSIONS);
		this.store.expireAccessTokens();
		assertThat(this.store.permissionsOf(refreshed.accessToken())).as("expiry keeps the grant")
			.isEqualTo(PERMISSIONS);
		assertThat(this.store.permissionsOf("unknown")).isEmpty();
		assertThat(this.store.permissionsOf(null)).isEmpty();
	}

	@Test
	void tokensIssuedWithoutAGrantHaveEveryPermission() {
		assertThat(this.store.permissionsOf(this.store.issueTokens().accessToken())).isEqualTo(Capability.permissions())
			.contains("read_vehicle_info", "read_battery", "read_fuel", "control_charge", "read_diagnostics")
			.doesNotHaveDuplicates();
	}

	/**
	 * A clock that stands still until a test moves it.
	 */
	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-26T08:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
