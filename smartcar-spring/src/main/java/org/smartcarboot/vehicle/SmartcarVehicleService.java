package org.smartcarboot.vehicle;

import java.util.ArrayList;
import java.util.List;

import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.error.SmartcarException;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.util.Assert;

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

	private final CallOptions options;

	private final DisconnectCleanup disconnectCleanup;

	SmartcarVehicleService(SmartcarApiClient client, CallOptions options, DisconnectCleanup disconnectCleanup) {
		this.client = client;
		this.options = options;
		this.disconnectCleanup = disconnectCleanup;
	}

	/**
	 * Starts building a service, for applications that wire it themselves rather than
	 * through the Spring Boot starter.
	 * @param authorizedClientManager hands out the Smartcar access tokens, refreshing
	 * them when they expire
	 * @return the builder
	 */
	public static SmartcarVehicleServiceBuilder builder(OAuth2AuthorizedClientManager authorizedClientManager) {
		return new SmartcarVehicleServiceBuilder(authorizedClientManager);
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
		return new SmartcarVehicleService(this.client.forPrincipal(principalName), this.options,
				this.disconnectCleanup);
	}

	/**
	 * Returns a service that retries reads another way, for the same user; the fleet
	 * reader uses one that leaves rate limits to it
	 * ({@link SmartcarRetry#withRetryOnRateLimit(boolean)}).
	 * @param retry how reads are retried; {@link SmartcarRetry#none()} for no retry
	 * @return a service retrying reads that way
	 */
	public SmartcarVehicleService withRetry(SmartcarRetry retry) {
		Assert.notNull(retry, "retry must not be null");
		return new SmartcarVehicleService(this.client.withRetry(retry), this.options, this.disconnectCleanup);
	}

	/**
	 * Returns how this service retries reads.
	 * @return the retry
	 */
	public SmartcarRetry retry() {
		return this.client.retry();
	}

	/**
	 * Reads the Smartcar user, with the response's metadata.
	 * @return the user
	 */
	public SmartcarResponse<SmartcarUser> user() {
		return this.client.get(SmartcarUser.class, this.options, "/user");
	}

	/**
	 * Returns the id of the Smartcar user; {@link #user()} also gives the response's
	 * metadata.
	 * @return the Smartcar user id
	 */
	public String userId() {
		return user().value().id();
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
	 * Returns one page of the ids of the vehicles the user connected; {@link #vehicles}
	 * also gives the response's metadata.
	 * @param limit how many ids to return, 1 to {@value #MAX_PAGE_SIZE}
	 * @param offset the index of the first id, from 0
	 * @return the page
	 */
	public VehicleIdPage vehicleIds(int limit, int offset) {
		return vehicles(limit, offset).value();
	}

	/**
	 * Reads one page of the ids of the vehicles the user connected, with the response's
	 * metadata.
	 * @param limit how many ids to return, 1 to {@value #MAX_PAGE_SIZE}
	 * @param offset the index of the first id, from 0
	 * @return the page
	 * @throws IllegalArgumentException when the limit or offset is out of range; nothing
	 * is sent then
	 */
	public SmartcarResponse<VehicleIdPage> vehicles(int limit, int offset) {
		Assert.isTrue(limit >= 1 && limit <= MAX_PAGE_SIZE,
				() -> "limit must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit);
		Assert.isTrue(offset >= 0, () -> "offset must not be negative, was " + offset);
		return this.client.get(VehicleIdPage.class, this.options, "/vehicles?limit={limit}&offset={offset}", limit,
				offset);
	}

	/**
	 * Returns a handle on one vehicle; no request is sent until a method of the handle is
	 * called.
	 * @param vehicleId the Smartcar vehicle id
	 * @return the vehicle handle
	 * @throws IllegalArgumentException when the id is blank or not a plain id
	 */
	public SmartcarVehicle vehicle(String vehicleId) {
		return new SmartcarVehicle(vehicleId, this.client, this.options,
				() -> this.disconnectCleanup.afterDisconnect(this));
	}

	/**
	 * Returns the name of the principal whose tokens this service uses.
	 * @return the name given to {@link #forUser(String)}, else the signed-in user's
	 */
	String principalName() {
		return this.client.principalName();
	}

}
