package org.smartcarboot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Signatures of Smartcar webhooks: the lower-case hex HMAC-SHA256 of a message, keyed
 * with the application management token from the Smartcar dashboard. Smartcar signs every
 * delivery this way in the {@value #SIGNATURE_HEADER} header, over the raw request body,
 * and expects the same hash of the challenge it sends to verify a webhook.
 */
public final class WebhookSignatures {

	/**
	 * Request header carrying the signature of a webhook delivery.
	 */
	public static final String SIGNATURE_HEADER = "SC-Signature";

	private static final String ALGORITHM = "HmacSHA256";

	private static final int SIGNATURE_HEX_LENGTH = 64;

	private static final HexFormat HEX = HexFormat.of();

	private WebhookSignatures() {
	}

	/**
	 * Hashes the challenge of a verification request, as the reply to it must carry.
	 * @param managementToken the application management token
	 * @param challenge the challenge Smartcar sent
	 * @return the lower-case hex HMAC-SHA256 of the challenge
	 * @throws IllegalArgumentException when the token is blank or the challenge is
	 * {@code null}
	 */
	public static String hashChallenge(String managementToken, String challenge) {
		Assert.notNull(challenge, "challenge must not be null");
		return HEX.formatHex(hmac(managementToken, challenge.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Checks the signature of a webhook delivery against its raw body, in constant time.
	 * @param managementToken the application management token
	 * @param signature the value of the {@value #SIGNATURE_HEADER} header, hex in any
	 * case, or {@code null} when the header is missing
	 * @param body the request body exactly as received
	 * @return whether the signature is the body's; {@code false} for a missing or
	 * malformed signature
	 * @throws IllegalArgumentException when the token is blank or the body is
	 * {@code null}
	 */
	public static boolean verifyPayload(String managementToken, @Nullable String signature, byte[] body) {
		Assert.notNull(body, "body must not be null");
		byte[] expected = hmac(managementToken, body);
		byte[] given = decode(signature);
		return given != null && MessageDigest.isEqual(expected, given);
	}

	/**
	 * Checks the signature of a webhook delivery against its raw body, read as UTF-8
	 * text, in constant time. Pass the body as received: a body parsed and written again
	 * as JSON rarely has the same bytes.
	 * @param managementToken the application management token
	 * @param signature the value of the {@value #SIGNATURE_HEADER} header, hex in any
	 * case, or {@code null} when the header is missing
	 * @param body the request body exactly as received
	 * @return whether the signature is the body's; {@code false} for a missing or
	 * malformed signature
	 * @throws IllegalArgumentException when the token is blank or the body is
	 * {@code null}
	 */
	public static boolean verifyPayload(String managementToken, @Nullable String signature, String body) {
		Assert.notNull(body, "body must not be null");
		return verifyPayload(managementToken, signature, body.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] hmac(String managementToken, byte[] message) {
		Assert.hasText(managementToken, "managementToken must not be empty");
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(managementToken.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is not available", ex);
		}
	}

	private static byte @Nullable [] decode(@Nullable String signature) {
		String hex = (signature != null) ? signature.strip() : "";
		if (hex.length() != SIGNATURE_HEX_LENGTH) {
			return null;
		}
		try {
			return HEX.parseHex(hex);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
