package org.smartcarboot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smartcarboot.QuietOutputCaptureExtension;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.token.TokenDecryptionException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests the encryption of the database token store by
 * {@code smartcar.jdbc.encryption.key}: what the table holds, a key rotation across
 * restarts on one database, the refusal of malformed keys, and the single startup warning
 * without a key.
 */
@ExtendWith(QuietOutputCaptureExtension.class)
class SmartcarTokenEncryptionAutoConfigurationTests {

	private static final String WARNING_LOGGER = SmartcarJdbcTokenStoreAutoConfiguration.class.getName();

	private static final String OLD_KEY = key(1);

	private static final String NEW_KEY = key(2);

	private static final String ACCESS = "access-3c1f2e";

	private static final String REFRESH = "refresh-9e0b7d";

	/**
	 * The test logging configuration keeps the auto-configuration's warning quiet, as
	 * every other test's context would repeat it; these tests are about it.
	 */
	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	private LogLevel configuredLevel;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, SmartcarAutoConfiguration.class,
				SmartcarJdbcTokenStoreAutoConfiguration.class, OAuth2ClientAutoConfiguration.class))
		.withPropertyValues("smartcar.client-id=app-id", "smartcar.client-secret=app-secret",
				"smartcar.scopes=read_vehicle_info",
				"spring.datasource.url=jdbc:h2:mem:encryption-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

	@BeforeEach
	void logTheWarning() {
		this.configuredLevel = this.logging.getLoggerConfiguration(WARNING_LOGGER).getConfiguredLevel();
		this.logging.setLogLevel(WARNING_LOGGER, LogLevel.WARN);
	}

	@AfterEach
	void restoreTheLogLevel() {
		this.logging.setLogLevel(WARNING_LOGGER, this.configuredLevel);
	}

	@Test
	void withAKeyTheTableHoldsNoTokenAndAfterARotationTheOldKeyStillReadsTheRows(CapturedOutput output) {
		this.runner.withPropertyValues("smartcar.jdbc.encryption.key=" + OLD_KEY).run((context) -> {
			assertThat(context).hasNotFailed();
			save(context, "driver-1");
			assertThat(storedColumns(context)).allSatisfy(
					(value) -> assertThat(value).startsWith("{smartcar-aes-gcm:").doesNotContain(ACCESS, REFRESH));
		});
		this.runner.withPropertyValues("smartcar.jdbc.encryption.key=" + NEW_KEY)
			.run((context) -> assertThatExceptionOfType(TokenDecryptionException.class)
				.isThrownBy(() -> load(context, "driver-1")));
		this.runner
			.withPropertyValues("smartcar.jdbc.encryption.key=" + NEW_KEY,
					"smartcar.jdbc.encryption.old-keys=" + OLD_KEY)
			.run((context) -> {
				OAuth2AuthorizedClient client = load(context, "driver-1");
				assertThat(client.getAccessToken().getTokenValue()).isEqualTo(ACCESS);
				assertThat(client.getRefreshToken().getTokenValue()).isEqualTo(REFRESH);
				context.getBean(OAuth2AuthorizedClientService.class)
					.saveAuthorizedClient(client, principal("driver-1"));
			});
		this.runner.withPropertyValues("smartcar.jdbc.encryption.key=" + NEW_KEY)
			.run((context) -> assertThat(load(context, "driver-1").getRefreshToken().getTokenValue())
				.isEqualTo(REFRESH));
		assertThat(output).doesNotContain("stored unencrypted", OLD_KEY, NEW_KEY);
	}

	@Test
	void turningEncryptionOnKeepsReadingTokensStoredInPlain() {
		this.runner.run((context) -> save(context, "driver-1"));
		this.runner.withPropertyValues("smartcar.jdbc.encryption.key=" + NEW_KEY)
			.run((context) -> assertThat(load(context, "driver-1").getAccessToken().getTokenValue()).isEqualTo(ACCESS));
	}

	@Test
	void withoutAKeyOneWarningSaysTheTokensAreStoredUnencrypted(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			save(context, "driver-1");
			load(context, "driver-1");
			assertThat(storedColumns(context)).containsExactly(ACCESS, REFRESH);
		});
		String warning = "Smartcar access and refresh tokens are stored unencrypted in the table"
				+ " oauth2_authorized_client. To encrypt them, set smartcar.jdbc.encryption.key"
				+ " to a key generated with: openssl rand -base64 32";
		assertThat(output.getAll().split(warning, -1)).hasSize(2);
	}

	@Test
	void aMalformedKeyFailsTheStartupNamingThePropertyButNotTheKey() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		this.runner.withPropertyValues("smartcar.jdbc.encryption.key=" + shortKey)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidSmartcarPropertyException.class)
				.hasMessage("Property smartcar.jdbc.encryption.key is not a key of 32 bytes in base64:"
						+ " The encryption key decodes to 16 bytes instead of 32"));
		this.runner
			.withPropertyValues("smartcar.jdbc.encryption.key=" + NEW_KEY,
					"smartcar.jdbc.encryption.old-keys=" + OLD_KEY + ",secret-not-base64!")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidSmartcarPropertyException.class)
				.hasMessage("Property smartcar.jdbc.encryption.old-keys[1] is not a key of 32 bytes in base64:"
						+ " The encryption key is not base64"));
		this.runner.withPropertyValues("smartcar.jdbc.encryption.old-keys=" + OLD_KEY)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidSmartcarPropertyException.class)
				.hasMessage("Property smartcar.jdbc.encryption.old-keys is set but smartcar.jdbc.encryption.key"
						+ " is not"));
	}

	@Test
	void aKeyLeftAsAnUnresolvedPlaceholderFailsTheStartupNamingTheVariable() {
		this.runner.withPropertyValues("smartcar.jdbc.encryption.key=${SMARTCAR_TOKEN_KEY_UNSET_IN_TESTS}")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidSmartcarPropertyException.class)
				.hasMessage("Property smartcar.jdbc.encryption.key '${SMARTCAR_TOKEN_KEY_UNSET_IN_TESTS}' is a"
						+ " placeholder nothing resolved: the environment variable SMARTCAR_TOKEN_KEY_UNSET_IN_TESTS"
						+ " is not set"));
	}

	private static void save(AssertableApplicationContext context, String principalName) {
		Instant issuedAt = Instant.now();
		context.getBean(OAuth2AuthorizedClientService.class)
			.saveAuthorizedClient(
					new OAuth2AuthorizedClient(
							context.getBean(ClientRegistrationRepository.class)
								.findByRegistrationId(SmartcarClientRegistrations.REGISTRATION_ID),
							principalName,
							new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, ACCESS, issuedAt,
									issuedAt.plus(Duration.ofHours(2))),
							new OAuth2RefreshToken(REFRESH, issuedAt)),
					principal(principalName));
	}

	private static OAuth2AuthorizedClient load(AssertableApplicationContext context, String principalName) {
		return context.getBean(OAuth2AuthorizedClientService.class)
			.loadAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID, principalName);
	}

	private static List<String> storedColumns(AssertableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class))
			.query("SELECT access_token_value, refresh_token_value FROM oauth2_authorized_client",
					(rs, row) -> List.of(new String(rs.getBytes(1), StandardCharsets.UTF_8),
							new String(rs.getBytes(2), StandardCharsets.UTF_8)))
			.get(0);
	}

	private static UsernamePasswordAuthenticationToken principal(String principalName) {
		return UsernamePasswordAuthenticationToken.authenticated(principalName, null, List.of());
	}

	private static String key(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed * 17 + i);
		}
		return Base64.getEncoder().encodeToString(key);
	}

}
