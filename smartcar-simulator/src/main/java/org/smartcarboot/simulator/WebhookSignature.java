package org.smartcarboot.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Smartcar's webhook signature: the lower-case hex HMAC-SHA256 of a message keyed with
 * the application management token, over a delivery's body in {@code SC-Signature} and
 * over the challenge in the reply to a verification request.
 */
final class WebhookSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private WebhookSignature() {
	}

	static String of(String key, String message) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is not available", ex);
		}
	}

}
