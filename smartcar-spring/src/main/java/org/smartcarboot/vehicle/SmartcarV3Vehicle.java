package org.smartcarboot.vehicle;

import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.v3.Signal;
import org.smartcarboot.v3.SignalPage;
import org.smartcarboot.v3.V3Vehicle;

import org.springframework.util.Assert;

/**
 * One vehicle of Smartcar's API v3 (preview), read with the driver's access token as
 * Smartcar's Java SDK does: the vehicle and its signals. Every method sends one request
 * to the v3 base URL and throws {@link SmartcarException} when Smartcar answers with an
 * error.
 */
public final class SmartcarV3Vehicle {

	private static final String VEHICLE = "/vehicles/{id}";

	private final String id;

	private final SmartcarApiClient client;

	private final CallOptions options;

	SmartcarV3Vehicle(String id, SmartcarApiClient client, CallOptions options) {
		this.id = id;
		this.client = client;
		this.options = options;
	}

	/**
	 * Returns the Smartcar vehicle id.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Reads the vehicle's make, model and year ({@code GET /vehicles/{id}}).
	 * @return the vehicle
	 */
	public SmartcarResponse<V3Vehicle> vehicle() {
		return this.client.getV3(V3Vehicle.class, this.options, VEHICLE, this.id);
	}

	/**
	 * Reads the vehicle's signals, in Smartcar's default paging ({@code GET
	 * /vehicles/{id}/signals}).
	 * @return the first page of signals
	 */
	public SmartcarResponse<SignalPage> signals() {
		return this.client.getV3(SignalPage.class, this.options, VEHICLE + "/signals", this.id);
	}

	/**
	 * Reads one page of the vehicle's signals.
	 * @param page the number of the page, from 1
	 * @param pageSize the most signals on the page, from 1
	 * @return the page
	 * @throws IllegalArgumentException when the page or page size is below 1
	 */
	public SmartcarResponse<SignalPage> signals(int page, int pageSize) {
		Assert.isTrue(page >= 1, () -> "page must be 1 or more, was " + page);
		Assert.isTrue(pageSize >= 1, () -> "pageSize must be 1 or more, was " + pageSize);
		return this.client.getV3(SignalPage.class, this.options, VEHICLE + "/signals?page={page}&pageSize={pageSize}",
				this.id, page, pageSize);
	}

	/**
	 * Reads one signal ({@code GET /vehicles/{id}/signals/{code}}).
	 * @param code the signal code, such as {@code odometer-traveleddistance}
	 * @return the signal
	 * @throws IllegalArgumentException when the code is blank or not a plain code
	 * (letters, digits, '-' and '_')
	 */
	public SmartcarResponse<Signal> signal(String code) {
		Assert.isTrue(code != null && SmartcarVehicle.PLAIN_ID.matcher(code).matches(),
				() -> "code must be a signal code such as odometer-traveleddistance (letters, digits, '-' and '_'), was '"
						+ code + "'");
		return this.client.getV3(Signal.class, this.options, VEHICLE + "/signals/{code}", this.id, code);
	}

	@Override
	public String toString() {
		return "SmartcarV3Vehicle[" + this.id + "]";
	}

}
