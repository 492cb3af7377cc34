package org.smartcarboot.token;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcarboot.TestDatabase;
import org.smartcarboot.connect.SmartcarClientRegistrations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests {@link TokenEncryptingParametersMapper} and {@link TokenDecryptingRowMapper} in a
 * {@link JdbcOAuth2AuthorizedClientService}: the stored columns hold no token, rows
 * stored in plain before encryption are still read, and a key rotation re-encrypts a row
 * on its next save.
 */
@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class TokenEncryptionJdbcTests {

	private static final String ACCESS = "access-7f3e9c";

	private static final String REFRESH = "refresh-51d0aa";

	@Parameter
	TestDatabase.Kind kind;

	private TestDatabase database;

	private DataSource dataSource;

	private InMemoryClientRegistrationRepository registrations;

	@BeforeEach
	void createTable() {
		this.database = this.kind.create();
		this.database.createTokenTable();
		this.dataSource = this.database.newDataSource();
		this.registrations = new InMemoryClientRegistrationRepository(SmartcarClientRegistrations
			.builder("http://127.0.0.1:1", "http://127.0.0.1:1", "http://127.0.0.1:1/v2.0")
			.clientId("client-id")
			.clientSecret("client-secret")
			.build());
	}

	@AfterEach
	void dropDatabase() {
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void theTableHoldsNoTokenAndTheStoreReadsThemBack() {
		JdbcOAuth2AuthorizedClientService store = store(new TokenEncryptor(TokenEncryptorTests.KEY_1, List.of()));

		save(store, "driver-1");

		assertThat(storedColumns("driver-1"))
			.allSatisfy((value) -> assertThat(value).startsWith("{smartcar-aes-gcm:").doesNotContain(ACCESS, REFRESH));
		assertTokens(store, "driver-1");
	}

	@Test
	void plainRowsStoredBeforeEncryptionAreReadAndEncryptedOnTheirNextSave() {
		save(new JdbcOAuth2AuthorizedClientService(new JdbcTemplate(this.dataSource), this.registrations), "driver-1");
		JdbcOAuth2AuthorizedClientService store = store(new TokenEncryptor(TokenEncryptorTests.KEY_1, List.of()));

		OAuth2AuthorizedClient plain = assertTokens(store, "driver-1");
		store.saveAuthorizedClient(plain, principal("driver-1"));

		assertThat(storedColumns("driver-1")).allSatisfy((value) -> assertThat(value).startsWith("{smartcar-aes-gcm:"));
		assertTokens(store, "driver-1");
	}

	@Test
	void afterARotationRowsOfTheOldKeyAreReadAndReEncryptedWithTheNewKeyOnTheirNextSave() {
		save(store(new TokenEncryptor(TokenEncryptorTests.KEY_1, List.of())), "driver-1");
		TokenEncryptor rotated = new TokenEncryptor(TokenEncryptorTests.KEY_2, List.of(TokenEncryptorTests.KEY_1));
		JdbcOAuth2AuthorizedClientService store = store(rotated);

		store.saveAuthorizedClient(assertTokens(store, "driver-1"), principal("driver-1"));

		assertThat(storedColumns("driver-1"))
			.allSatisfy((value) -> assertThat(value).startsWith("{smartcar-aes-gcm:" + rotated.currentKeyId() + "}"));
		assertTokens(store(new TokenEncryptor(TokenEncryptorTests.KEY_2, List.of())), "driver-1");
	}

	@Test
	void aRowMovedToAnotherDriverFailsToDecrypt() {
		JdbcOAuth2AuthorizedClientService store = store(new TokenEncryptor(TokenEncryptorTests.KEY_1, List.of()));
		save(store, "driver-1");
		new JdbcTemplate(this.dataSource).update(
				"UPDATE oauth2_authorized_client SET principal_name = 'driver-2' WHERE principal_name = 'driver-1'");

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> store.loadAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID, "driver-2"));
	}

	private JdbcOAuth2AuthorizedClientService store(TokenEncryptor encryptor) {
		JdbcOAuth2AuthorizedClientService store = new JdbcOAuth2AuthorizedClientService(
				new JdbcTemplate(this.dataSource), this.registrations);
		store.setAuthorizedClientParametersMapper(new TokenEncryptingParametersMapper(encryptor));
		store.setAuthorizedClientRowMapper(new TokenDecryptingRowMapper(this.registrations, encryptor));
		return store;
	}

	private void save(JdbcOAuth2AuthorizedClientService store, String principalName) {
		Instant issuedAt = Instant.now();
		store.saveAuthorizedClient(
				new OAuth2AuthorizedClient(
						this.registrations.findByRegistrationId(SmartcarClientRegistrations.REGISTRATION_ID),
						principalName,
						new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, ACCESS, issuedAt,
								issuedAt.plus(Duration.ofHours(2))),
						new OAuth2RefreshToken(REFRESH, issuedAt)),
				principal(principalName));
	}

	private static OAuth2AuthorizedClient assertTokens(JdbcOAuth2AuthorizedClientService store, String principalName) {
		OAuth2AuthorizedClient client = store.loadAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID,
				principalName);
		assertThat(client.getAccessToken().getTokenValue()).isEqualTo(ACCESS);
		assertThat(client.getRefreshToken().getTokenValue()).isEqualTo(REFRESH);
		return client;
	}

	private List<String> storedColumns(String principalName) {
		return new JdbcTemplate(this.dataSource).query(
				"SELECT access_token_value, refresh_token_value FROM oauth2_authorized_client WHERE principal_name = ?",
				(rs, row) -> List.of(new String(rs.getBytes(1), StandardCharsets.UTF_8),
						new String(rs.getBytes(2), StandardCharsets.UTF_8)),
				principalName)
			.get(0);
	}

	private static UsernamePasswordAuthenticationToken principal(String principalName) {
		return UsernamePasswordAuthenticationToken.authenticated(principalName, null, List.of());
	}

}
