package org.smartcarboot.simulator.boot;

import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Asks the simulator's Connect whether it accepts a redirect URI, as an application's
 * authorization request would.
 */
public final class ConnectCallbacks {

	private ConnectCallbacks() {
	}

	/**
	 * Whether Connect shows its consent page to an authorization request with a redirect
	 * URI, and redirects back to it on Allow.
	 * @param simulator the running simulator
	 * @param redirectUri the redirect URI
	 * @return {@code true} when it is registered
	 */
	public static boolean isRegistered(SmartcarSimulator simulator, String redirectUri) {
		String authorization = UriComponentsBuilder.fromUriString(simulator.baseUrl())
			.path("/oauth/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", simulator.clientId())
			.queryParam("redirect_uri", redirectUri)
			.queryParam("scope", "read_odometer")
			.queryParam("state", "probe")
			.encode()
			.build()
			.toUriString();
		try {
			return simulator.allow(authorization).startsWith(redirectUri + "?code=");
		}
		catch (IllegalStateException ex) {
			if (ex.getMessage().contains("is not registered")) {
				return false;
			}
			throw ex;
		}
	}

}
