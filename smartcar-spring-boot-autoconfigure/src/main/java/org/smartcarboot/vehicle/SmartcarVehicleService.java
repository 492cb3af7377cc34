package org.smartcarboot.vehicle;

import java.util.ArrayList;
import java.util.List;

import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * Entry point to the Smartcar vehicle API: the user's vehicles and a
 * {@link SmartcarVehicle} handle per vehicle. Requests carry the access token of the
 * signed-in user, refreshed when it expires; {@link #forUser(String)} gives a service for
 * a stored user, usable where no one is signed in, such as a scheduled job.
 * <p>
 * Every method that talks to Smartcar throws {@link SmartcarException} when Smartcar
 * answers with an error or with a response that cannot be read.
 */
public class SmartcarVehicleService {

	/**
	 * Most vehicle ids Smartcar returns in one page.
	 */
	public static final int MAX_PAGE_SIZE = 50;

	private final SmartcarApiClient client;

	private final UnitSystem unitSystem;

	/**
	 * Creates a service for the signed-in user.
	 * @param restClient a client with the versioned API base URL and Spring Security's
	 * {@code OAuth2ClientHttpRequestInterceptor} for the Smartcar registration
	 * @param errorReader reads Smartcar's error responses
	 * @param unitSystem the unit system requested for measurements
	 */
	public SmartcarVehicleService(RestClient restClient, SmartcarErrorReader errorReader, UnitSystem unitSystem) {
		this(new SmartcarApiClient(restClient, errorReader, null), unitSystem);
	}

	private SmartcarVehicleService(SmartcarApiClient client, UnitSystem unitSystem) {
		Assert.notNull(unitSystem, "unitSystem must not be null");
		this.client = client;
		this.unitSystem = unitSystem;
	}

	/**
	 * Returns a service that uses the stored tokens of the given user instead of the
	 * signed-in one. Works on any thread, with or without a web request.
	 * @param principalName the name of the principal who connected the vehicles (the
	 * Smartcar user id, for Smartcar Connect login)
	 * @return a service for that user
	 */
	public SmartcarVehicleService forUser(String principalName) {
		Assert.hasText(principalName, "principalName must not be empty");
		return new SmartcarVehicleService(this.client.forPrincipal(principalName), this.unitSystem);
	}

	/**
	 * Returns the id of the Smartcar user.
	 * @return the Smartcar user id
	 */
	public String userId() {
		return this.client.get(SmartcarUser.class, this.unitSystem, "/user").value().id();
	}

	/**
	 * Returns the ids of every vehicle the user connected, reading all pages.
	 * @return the vehicle ids
	 */
	public List<String> vehicleIds() {
		List<String> ids = new ArrayList<>();
		VehicleIdPage page;
		do {
			page = vehicleIds(MAX_PAGE_SIZE, ids.size());
			ids.addAll(page.vehicles());
		}
		while (!page.vehicles().isEmpty() && ids.size() < page.paging().count());
		return ids;
	}

	/**
	 * Returns one page of the ids of the vehicles the user connected.
	 * @param limit how many ids to return, 1 to {@value #MAX_PAGE_SIZE}
	 * @param offset the index of the first id, from 0
	 * @return the page
	 */
	public VehicleIdPage vehicleIds(int limit, int offset) {
		Assert.isTrue(limit >= 1 && limit <= MAX_PAGE_SIZE,
				() -> "limit must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit);
		Assert.isTrue(offset >= 0, () -> "offset must not be negative, was " + offset);
		return this.client
			.get(VehicleIdPage.class, this.unitSystem, "/vehicles?limit={limit}&offset={offset}", limit, offset)
			.value();
	}

	/**
	 * Returns a handle on one vehicle; no request is sent until a method of the handle is
	 * called.
	 * @param vehicleId the Smartcar vehicle id
	 * @return the vehicle handle
	 * @throws IllegalArgumentException when the id is blank or not a plain id
	 */
	public SmartcarVehicle vehicle(String vehicleId) {
		return new SmartcarVehicle(vehicleId, this.client, this.unitSystem);
	}

}
