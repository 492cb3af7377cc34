package org.smartcarboot.simulator;

import com.github.tomakehurst.wiremock.http.Request;

/**
 * The unit system a vehicle API response is in, chosen with the {@code sc-unit-system}
 * request header and echoed in the response header of the same name.
 */
enum UnitSystem {

	/**
	 * Kilometres; the default.
	 */
	METRIC("metric", 1.0),

	/**
	 * Miles.
	 */
	IMPERIAL("imperial", 0.621371);

	static final String HEADER = "sc-unit-system";

	private final String headerValue;

	private final double distancePerKm;

	UnitSystem(String headerValue, double distancePerKm) {
		this.headerValue = headerValue;
		this.distancePerKm = distancePerKm;
	}

	/**
	 * The unit system a request asks for: imperial when its {@code sc-unit-system} header
	 * says so, metric otherwise.
	 * @param request the request
	 * @return the unit system
	 */
	static UnitSystem requestedBy(Request request) {
		return IMPERIAL.headerValue.equalsIgnoreCase(request.getHeader(HEADER)) ? IMPERIAL : METRIC;
	}

	String headerValue() {
		return this.headerValue;
	}

	double distance(double km) {
		return km * this.distancePerKm;
	}

}
