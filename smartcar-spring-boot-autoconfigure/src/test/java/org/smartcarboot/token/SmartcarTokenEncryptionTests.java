package org.smartcarboot.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.SimulatorBackedTest;
import org.smartcarboot.StoredTokens;
import org.smartcarboot.simulator.IssuedTokens;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the database token store with {@code smartcar.jdbc.encryption.key} set, against
 * the simulator: the table holds no token, and the stored tokens are still used and
 * refreshed, the rotated pair being stored encrypted too.
 */
@TestPropertySource(properties = { "smartcar.jdbc.encryption.key=" + SmartcarTokenEncryptionTests.KEY,
		"logging.level.org.smartcarboot=TRACE",
		"logging.level.org.smartcarboot.autoconfigure.SmartcarJdbcTokenStoreAutoConfiguration=WARN" })
@ExtendWith(QuietOutputCaptureExtension.class)
class SmartcarTokenEncryptionTests extends SimulatorBackedTest {

	static final String KEY = "q2v4KmhXJ0Q2l5fP1zq8cTQ3b0xVd2Jm0P8s6Tq1YkE=";

	@Autowired
	private SmartcarVehicleService service;

	@Autowired
	private StoredTokens storedTokens;

	@Autowired
	private DataSource dataSource;

	@Test
	void storedTokensAreEncryptedAndStillUsedAndRefreshed(CapturedOutput output) {
		IssuedTokens issued = simulator().issueTokens();
		String driver = simulator().userId();
		this.storedTokens.save(driver, issued.accessToken(), issued.refreshToken(), issued.expiresIn());
		SimulatedVehicle car = simulator().vehicles().get(0);

		assertThat(storedColumns(driver)).allSatisfy((value) -> assertThat(value).startsWith("{smartcar-aes-gcm:")
			.doesNotContain(issued.accessToken(), issued.refreshToken()));
		assertThat(this.service.forUser(driver).vehicle(car.id()).odometer().value().distance()).isPositive();

		this.storedTokens.save(driver, issued.accessToken(), issued.refreshToken(), Duration.ofMinutes(-5));
		simulator().expireAccessTokens();
		assertThat(this.service.forUser(driver).vehicle(car.id()).odometer().value().distance()).isPositive();

		assertThat(simulator().tokenRequestCount("refresh_token")).isEqualTo(1);
		OAuth2AuthorizedClient refreshed = this.storedTokens.load(driver);
		String newAccess = refreshed.getAccessToken().getTokenValue();
		String newRefresh = refreshed.getRefreshToken().getTokenValue();
		assertThat(simulator().isRefreshTokenValid(newRefresh)).isTrue();
		assertThat(newRefresh).isNotEqualTo(issued.refreshToken());
		assertThat(storedColumns(driver)).allSatisfy(
				(value) -> assertThat(value).startsWith("{smartcar-aes-gcm:").doesNotContain(newAccess, newRefresh));
		assertThat(output).doesNotContain(KEY, "stored unencrypted", issued.refreshToken(), newRefresh);
	}

	private List<String> storedColumns(String principalName) {
		return new JdbcTemplate(this.dataSource).query(
				"SELECT access_token_value, refresh_token_value FROM oauth2_authorized_client WHERE principal_name = ?",
				(rs, row) -> List.of(new String(rs.getBytes(1), StandardCharsets.UTF_8),
						new String(rs.getBytes(2), StandardCharsets.UTF_8)),
				principalName)
			.get(0);
	}

}
