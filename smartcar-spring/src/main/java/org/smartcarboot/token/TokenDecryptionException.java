package org.smartcarboot.token;

/**
 * Thrown when a stored token cannot be decrypted: it was altered, copied from another
 * row, or encrypted with a key the application no longer has. Its message names the key
 * id, never the token or the key.
 */
public class TokenDecryptionException extends IllegalStateException {

	/**
	 * Creates an exception.
	 * @param message what went wrong
	 */
	public TokenDecryptionException(String message) {
		super(message);
	}

}
