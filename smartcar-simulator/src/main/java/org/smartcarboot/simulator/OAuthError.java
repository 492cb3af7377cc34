package org.smartcarboot.simulator;

/**
 * An OAuth 2.0 error the token endpoint answers with: {@code {"error": ...,
 * "error_description": ...}}.
 */
final class OAuthError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String error;

	private OAuthError(int status, String error, String description) {
		super(description, null, false, false);
		this.status = status;
		this.error = error;
	}

	static OAuthError invalidClient() {
		return new OAuthError(401, "invalid_client", "Invalid client credentials.");
	}

	static OAuthError invalidRequest(String description) {
		return new OAuthError(400, "invalid_request", description);
	}

	static OAuthError invalidGrant(String description) {
		return new OAuthError(400, "invalid_grant", description);
	}

	static OAuthError unsupportedGrantType(String grantType) {
		return new OAuthError(400, "unsupported_grant_type", "Unsupported grant_type: " + grantType + ".");
	}

	int status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

	String description() {
		return getMessage();
	}

}
