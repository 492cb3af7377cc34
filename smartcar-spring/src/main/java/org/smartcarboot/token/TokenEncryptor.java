package org.smartcarboot.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.util.Assert;

/**
 * Encrypts token values for storage with AES-256-GCM, the JDK's authenticated encryption:
 * each value gets a random 12-byte IV, and a value that was altered, moved to another row
 * or column, or encrypted with an unknown key fails to decrypt with a
 * {@link TokenDecryptionException} instead of yielding a wrong token.
 * <p>
 * A stored value reads {@code {smartcar-aes-gcm:<key id>}<base64 of IV and ciphertext>};
 * the key id is the start of the key's SHA-256 hash, so the key that wrote a value is
 * found among the current key and the old keys, which are only used to decrypt. A value
 * without that mark was stored before encryption was turned on and is returned as it is.
 * To rotate the key, make the new key current and keep the previous one as an old key
 * until every value was saved again.
 */
public final class TokenEncryptor {

	/**
	 * Length of a key in bytes (AES-256).
	 */
	public static final int KEY_LENGTH = 32;

	private static final String MARK = "{smartcar-aes-gcm:";

	private static final int IV_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom random = new SecureRandom();

	private final String currentKeyId;

	private final Map<String, SecretKey> keys = new LinkedHashMap<>();

	/**
	 * Creates an encryptor.
	 * @param key the key that encrypts, 32 bytes in base64
	 * @param oldKeys earlier keys, 32 bytes in base64 each, that only decrypt values they
	 * wrote
	 * @throws IllegalArgumentException when a key is not 32 bytes in base64; the message
	 * never shows the key
	 */
	public TokenEncryptor(String key, List<String> oldKeys) {
		this.currentKeyId = add(key);
		oldKeys.forEach(this::add);
	}

	private String add(String base64Key) {
		byte[] key = decodeKey(base64Key);
		String id = keyId(key);
		this.keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
		return id;
	}

	/**
	 * Decodes a key given in base64 and checks its length.
	 * @param base64Key the key, 32 bytes in base64
	 * @return the key's bytes
	 * @throws IllegalArgumentException when the text is not base64 or not 32 bytes; the
	 * message never shows the key
	 */
	public static byte[] decodeKey(String base64Key) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64Key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The encryption key is not base64");
		}
		if (key.length != KEY_LENGTH) {
			throw new IllegalArgumentException(
					"The encryption key decodes to " + key.length + " bytes instead of " + KEY_LENGTH);
		}
		return key;
	}

	/**
	 * Encrypts a token value with the current key.
	 * @param token the token value
	 * @param context where the value is stored, such as the row and column; the same
	 * context must be given to decrypt it
	 * @return the value to store
	 */
	public String encrypt(String token, String context) {
		Assert.hasText(token, "token must not be empty");
		byte[] iv = new byte[IV_LENGTH];
		random.nextBytes(iv);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), iv, context);
			byte[] ciphertext = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(IV_LENGTH + ciphertext.length).put(iv).put(ciphertext).array();
			return MARK + this.currentKeyId + "}" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * Decrypts a stored token value with the key that encrypted it; returns a value
	 * stored before encryption was turned on as it is.
	 * @param stored the stored value
	 * @param context the context given when it was encrypted
	 * @return the token value
	 * @throws TokenDecryptionException when the value was altered, belongs to another
	 * context or was encrypted with a key that is neither current nor old
	 */
	public String decrypt(String stored, String context) {
		if (!isEncrypted(stored)) {
			return stored;
		}
		int end = stored.indexOf('}');
		String keyId = (end > 0) ? stored.substring(MARK.length(), end) : "";
		SecretKey key = this.keys.get(keyId);
		if (key == null) {
			throw new TokenDecryptionException("A stored token was encrypted with key id '" + keyId
					+ "', which is neither the current encryption key nor one of the old keys");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(end + 1));
			if (bytes.length <= IV_LENGTH) {
				throw new TokenDecryptionException("A stored token encrypted with key id '" + keyId + "' is truncated");
			}
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, IV_LENGTH), context);
			byte[] token = cipher.doFinal(bytes, IV_LENGTH, bytes.length - IV_LENGTH);
			return new String(token, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException | IllegalArgumentException ex) {
			throw new TokenDecryptionException("A stored token encrypted with key id '" + keyId
					+ "' failed authentication: it was altered or copied from another row");
		}
		catch (GeneralSecurityException ex) {
			throw new TokenDecryptionException("AES-GCM decryption failed: " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * Tells whether a stored value is encrypted by a {@code TokenEncryptor}, rather than
	 * a plain token stored before encryption was turned on.
	 * @param stored the stored value
	 * @return whether it carries the mark of an encrypted value
	 */
	public static boolean isEncrypted(String stored) {
		return stored.startsWith(MARK);
	}

	/**
	 * Returns the id of the current key, which new values carry.
	 * @return the first 4 bytes of the key's SHA-256 hash, in hexadecimal
	 */
	public String currentKeyId() {
		return this.currentKeyId;
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] iv, String context) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private static String keyId(byte[] key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(hash, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK has no SHA-256", ex);
		}
	}

}
