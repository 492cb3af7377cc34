package org.smartcarboot.connect;

import java.util.Locale;

/**
 * The Smartcar Connect mode: which vehicles a driver can connect.
 *
 * @see <a href="https://smartcar.com/docs/connect/connect-parameters">Connect
 * parameters</a>
 */
public enum ConnectMode {

	/**
	 * Real vehicles of real drivers.
	 */
	LIVE,

	/**
	 * Smartcar's test vehicles, signed in with any credentials.
	 */
	TEST,

	/**
	 * Vehicles of Smartcar's vehicle simulator.
	 */
	SIMULATED;

	/**
	 * Returns the value of the {@code mode} parameter sent to Connect.
	 * @return the lower-case parameter value
	 */
	public String parameterValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
