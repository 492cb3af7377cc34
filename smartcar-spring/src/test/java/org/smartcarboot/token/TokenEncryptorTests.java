package org.smartcarboot.token;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link TokenEncryptor}: AES-256-GCM round trips, detection of altered values and
 * unknown keys, old keys that only decrypt, plain values stored before encryption, and
 * the refusal of keys that are not 32 bytes in base64.
 */
class TokenEncryptorTests {

	static final String KEY_1 = key(1);

	static final String KEY_2 = key(2);

	private static final String TOKEN = "9a8b7c6d-access-token";

	private static final String CONTEXT = "smartcar\ndriver-1\naccess_token_value";

	@Test
	void aTokenRoundTripsAndIsStoredMarkedWithADifferentIvEachTime() {
		TokenEncryptor encryptor = new TokenEncryptor(KEY_1, List.of());

		String first = encryptor.encrypt(TOKEN, CONTEXT);
		String second = encryptor.encrypt(TOKEN, CONTEXT);

		assertThat(first).startsWith("{smartcar-aes-gcm:" + encryptor.currentKeyId() + "}")
			.doesNotContain(TOKEN)
			.isNotEqualTo(second);
		assertThat(TokenEncryptor.isEncrypted(first)).isTrue();
		assertThat(encryptor.decrypt(first, CONTEXT)).isEqualTo(TOKEN);
		assertThat(encryptor.decrypt(second, CONTEXT)).isEqualTo(TOKEN);
	}

	@Test
	void anAlteredValueFailsAuthentication() {
		TokenEncryptor encryptor = new TokenEncryptor(KEY_1, List.of());
		String stored = encryptor.encrypt(TOKEN, CONTEXT);
		int middle = stored.indexOf('}') + 20;
		String altered = stored.substring(0, middle) + ((stored.charAt(middle) == 'A') ? 'B' : 'A')
				+ stored.substring(middle + 1);

		assertThatExceptionOfType(TokenDecryptionException.class).isThrownBy(() -> encryptor.decrypt(altered, CONTEXT))
			.withMessage("A stored token encrypted with key id '" + encryptor.currentKeyId()
					+ "' failed authentication: it was altered or copied from another row");
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> encryptor.decrypt(stored.substring(0, 30), CONTEXT));
	}

	@Test
	void aValueCopiedToAnotherRowOrColumnFailsAuthentication() {
		TokenEncryptor encryptor = new TokenEncryptor(KEY_1, List.of());
		String stored = encryptor.encrypt(TOKEN, CONTEXT);

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> encryptor.decrypt(stored, "smartcar\ndriver-2\naccess_token_value"));
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> encryptor.decrypt(stored, "smartcar\ndriver-1\nrefresh_token_value"));
	}

	@Test
	void aValueOfAKeyThatIsNeitherCurrentNorOldIsRefusedNamingItsKeyId() {
		TokenEncryptor writer = new TokenEncryptor(KEY_1, List.of());
		String stored = writer.encrypt(TOKEN, CONTEXT);

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> new TokenEncryptor(KEY_2, List.of()).decrypt(stored, CONTEXT))
			.withMessage("A stored token was encrypted with key id '" + writer.currentKeyId()
					+ "', which is neither the current encryption key nor one of the old keys")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(TOKEN, KEY_1, KEY_2));
	}

	@Test
	void anOldKeyDecryptsItsValuesWhileTheCurrentKeyEncrypts() {
		String written = new TokenEncryptor(KEY_1, List.of()).encrypt(TOKEN, CONTEXT);
		TokenEncryptor rotated = new TokenEncryptor(KEY_2, List.of(KEY_1));

		assertThat(rotated.decrypt(written, CONTEXT)).isEqualTo(TOKEN);
		String rewritten = rotated.encrypt(TOKEN, CONTEXT);
		assertThat(rewritten).startsWith("{smartcar-aes-gcm:" + rotated.currentKeyId() + "}");
		assertThat(rotated.currentKeyId()).isNotEqualTo(new TokenEncryptor(KEY_1, List.of()).currentKeyId());
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> new TokenEncryptor(KEY_1, List.of()).decrypt(rewritten, CONTEXT));
	}

	@Test
	void aPlainValueStoredBeforeEncryptionIsReadAsItIs() {
		TokenEncryptor encryptor = new TokenEncryptor(KEY_1, List.of());

		assertThat(TokenEncryptor.isEncrypted(TOKEN)).isFalse();
		assertThat(encryptor.decrypt(TOKEN, CONTEXT)).isEqualTo(TOKEN);
	}

	@Test
	void keysThatAreNot32BytesInBase64AreRefusedWithoutShowingThem() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenEncryptor(shortKey, List.of()))
			.withMessage("The encryption key decodes to 16 bytes instead of 32");
		assertThatIllegalArgumentException().isThrownBy(() -> new TokenEncryptor(KEY_1, List.of("not-base64!")))
			.withMessage("The encryption key is not base64");
		assertThat(TokenEncryptor.decodeKey(" " + KEY_1 + "\n")).hasSize(32);
	}

	static String key(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return Base64.getEncoder().encodeToString(key);
	}

}
