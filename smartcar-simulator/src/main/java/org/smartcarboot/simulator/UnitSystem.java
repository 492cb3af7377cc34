package org.smartcarboot.simulator;

import com.github.tomakehurst.wiremock.http.Request;

/**
 * The unit system a vehicle API response is in, chosen with the {@code sc-unit-system}
 * request header and echoed in the response header of the same name. The simulator keeps
 * its cars' values in metric units (km, litres, kPa) and converts them here.
 */
enum UnitSystem {

	/**
	 * Kilometres, litres and kilopascals; the default.
	 */
	METRIC("metric", 1.0, 1.0, 1.0),

	/**
	 * Miles, US gallons and pounds per square inch.
	 */
	IMPERIAL("imperial", 0.621371, 0.264172, 0.145038);

	static final String HEADER = "sc-unit-system";

	private final String headerValue;

	private final double distancePerKm;

	private final double volumePerLitre;

	private final double pressurePerKpa;

	UnitSystem(String headerValue, double distancePerKm, double volumePerLitre, double pressurePerKpa) {
		this.headerValue = headerValue;
		this.distancePerKm = distancePerKm;
		this.volumePerLitre = volumePerLitre;
		this.pressurePerKpa = pressurePerKpa;
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

	double volume(double litres) {
		return litres * this.volumePerLitre;
	}

	double pressure(double kpa) {
		return kpa * this.pressurePerKpa;
	}

}
