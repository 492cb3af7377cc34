package org.smartcarboot.vehicle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.connect.SmartcarPermissions;
import org.smartcarboot.error.SmartcarException;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * One vehicle of the Smartcar API. Reads are nouns ({@link #odometer()}), commands are
 * verbs ({@link #lock()}). Every method sends one request, except
 * {@link #hasPermissions(String...)} which reads every page and {@link #disconnect()}
 * which may then read the vehicle list, and throws {@link SmartcarException} when
 * Smartcar answers with an error. Reads, batches included, are sent again when they fail
 * in a way that may pass, as the service's {@code SmartcarRetry} says; commands never
 * are.
 */
public final class SmartcarVehicle {

	static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	private static final String VEHICLE = "/vehicles/{id}";

	/**
	 * Lowest charge limit Smartcar accepts.
	 */
	public static final double MIN_CHARGE_LIMIT = 0.5;

	/**
	 * Highest charge limit Smartcar accepts.
	 */
	public static final double MAX_CHARGE_LIMIT = 1.0;

	/**
	 * Permissions read per page by {@link #hasPermissions(String...)}: Smartcar's default
	 * page size.
	 */
	private static final int PERMISSION_PAGE_SIZE = 25;

	private static final ParameterizedTypeReference<List<ServiceRecord>> SERVICE_RECORDS = new ParameterizedTypeReference<>() {
	};

	private final String id;

	private final SmartcarApiClient client;

	private final CallOptions options;

	private final Runnable afterDisconnect;

	SmartcarVehicle(String id, SmartcarApiClient client, CallOptions options, Runnable afterDisconnect) {
		Assert.isTrue(id != null && PLAIN_ID.matcher(id).matches(),
				() -> "vehicleId must be a plain Smartcar vehicle id (letters, digits, '-' and '_'), was '" + id + "'");
		this.id = id;
		this.client = client;
		this.options = options;
		this.afterDisconnect = afterDisconnect;
	}

	/**
	 * Returns the Smartcar vehicle id.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * Returns the version of the vehicle API the handle calls.
	 * @return the version, such as {@code 2.0}
	 */
	public String apiVersion() {
		return this.options.apiVersion();
	}

	/**
	 * Returns the unit system the handle requests.
	 * @return the unit system
	 */
	public UnitSystem unitSystem() {
		return this.options.unitSystem();
	}

	/**
	 * Returns the feature flags the handle sends.
	 * @return the flags, name to value, empty for none
	 */
	public Map<String, String> flags() {
		return this.options.flags();
	}

	/**
	 * Returns a handle on the same vehicle that requests measurements in another unit
	 * system.
	 * @param unitSystem the unit system to request
	 * @return the handle
	 */
	public SmartcarVehicle withUnitSystem(UnitSystem unitSystem) {
		return new SmartcarVehicle(this.id, this.client, this.options.withUnitSystem(unitSystem), this.afterDisconnect);
	}

	/**
	 * Returns a handle on the same vehicle that calls another version of the vehicle API.
	 * @param apiVersion the version, such as {@code 1.0} or {@code 2.0}
	 * @return the handle
	 * @throws IllegalArgumentException when the version is not a number such as
	 * {@code 2.0}
	 */
	public SmartcarVehicle withApiVersion(String apiVersion) {
		return new SmartcarVehicle(this.id, this.client, this.options.withApiVersion(apiVersion), this.afterDisconnect);
	}

	/**
	 * Returns a handle on the same vehicle whose requests carry feature flags, sent as
	 * Smartcar's {@code flags} query parameter ({@code name:value} pairs), as the Java
	 * SDK's vehicle options do.
	 * @param flags the flags, name to value, replacing the handle's; names and values are
	 * letters, digits, {@code .}, {@code -} and {@code _}
	 * @return the handle
	 * @throws IllegalArgumentException when a name or value is not allowed
	 */
	public SmartcarVehicle withFlags(Map<String, String> flags) {
		return new SmartcarVehicle(this.id, this.client, this.options.withFlags(flags), this.afterDisconnect);
	}

	/**
	 * Reads the vehicle's make, model and year (permission {@code read_vehicle_info}).
	 * @return the attributes
	 */
	public SmartcarResponse<VehicleAttributes> attributes() {
		return read(VehicleRead.ATTRIBUTES);
	}

	/**
	 * Reads the vehicle identification number (permission {@code read_vin}).
	 * @return the VIN
	 */
	public SmartcarResponse<Vin> vin() {
		return read(VehicleRead.VIN);
	}

	/**
	 * Reads the odometer (permission {@code read_odometer}).
	 * @return the odometer, in the unit system of the response
	 */
	public SmartcarResponse<Odometer> odometer() {
		return read(VehicleRead.ODOMETER);
	}

	/**
	 * Reads the last known location (permission {@code read_location}).
	 * @return the location
	 */
	public SmartcarResponse<Location> location() {
		return read(VehicleRead.LOCATION);
	}

	/**
	 * Locks the vehicle (permission {@code control_security}). Never retried
	 * automatically.
	 * @return Smartcar's answer
	 */
	public SmartcarResponse<ActionResult> lock() {
		return security("LOCK");
	}

	/**
	 * Unlocks the vehicle (permission {@code control_security}). Never retried
	 * automatically.
	 * @return Smartcar's answer
	 */
	public SmartcarResponse<ActionResult> unlock() {
		return security("UNLOCK");
	}

	/**
	 * Sends one read, such as {@link VehicleRead#ODOMETER}.
	 * @param <T> the type of the value read
	 * @param read the read
	 * @return the value read
	 */
	public <T> SmartcarResponse<T> read(VehicleRead<T> read) {
		Assert.notNull(read, "read must not be null");
		String path = "/".equals(read.path()) ? VEHICLE : VEHICLE + read.path();
		return this.client.get(read.type(), this.options, path, this.id);
	}

	private SmartcarResponse<ActionResult> security(String action) {
		return command("/security", Map.of("action", action));
	}

	/**
	 * Reads the fuel left in the tank (permission {@code read_fuel}).
	 * @return the fuel, in the unit system of the response
	 */
	public SmartcarResponse<Fuel> fuel() {
		return read(VehicleRead.FUEL);
	}

	/**
	 * Reads the state of charge of an electric vehicle's battery (permission
	 * {@code read_battery}).
	 * @return the state of charge, with the range in the unit system of the response
	 */
	public SmartcarResponse<Battery> battery() {
		return read(VehicleRead.BATTERY);
	}

	/**
	 * Reads the capacity of an electric vehicle's battery (permission
	 * {@code read_battery}).
	 * @return the capacity
	 */
	public SmartcarResponse<BatteryCapacity> batteryCapacity() {
		return read(VehicleRead.BATTERY_CAPACITY);
	}

	/**
	 * Reads the nominal capacities of an electric vehicle's battery and the one chosen
	 * for it (permission {@code read_battery}).
	 * @return the nominal capacity
	 */
	public SmartcarResponse<NominalCapacity> nominalCapacity() {
		return read(VehicleRead.NOMINAL_CAPACITY);
	}

	/**
	 * Reads whether an electric vehicle is plugged in and charging (permission
	 * {@code read_charge}).
	 * @return the charge status
	 */
	public SmartcarResponse<ChargeStatus> charge() {
		return read(VehicleRead.CHARGE);
	}

	/**
	 * Reads the state of charge at which an electric vehicle stops charging (permission
	 * {@code read_charge}).
	 * @return the charge limit
	 */
	public SmartcarResponse<ChargeLimit> chargeLimit() {
		return read(VehicleRead.CHARGE_LIMIT);
	}

	/**
	 * Reads the remaining life of the engine oil (permission {@code read_engine_oil}).
	 * @return the oil life
	 */
	public SmartcarResponse<EngineOil> engineOil() {
		return read(VehicleRead.ENGINE_OIL);
	}

	/**
	 * Reads the air pressure of the tires (permission {@code read_tires}).
	 * @return the pressures, in the unit system of the response
	 */
	public SmartcarResponse<TirePressure> tirePressure() {
		return read(VehicleRead.TIRE_PRESSURE);
	}

	/**
	 * Reads whether the vehicle is locked, with the state of its doors, windows, sunroof,
	 * storage and charging port (permission {@code read_security}).
	 * @return the lock status
	 */
	public SmartcarResponse<LockStatus> lockStatus() {
		return read(VehicleRead.LOCK_STATUS);
	}

	/**
	 * Reads the health of the vehicle's systems (permission {@code read_diagnostics}).
	 * @return the system status
	 */
	public SmartcarResponse<DiagnosticSystemStatus> diagnosticSystemStatus() {
		return read(VehicleRead.DIAGNOSTIC_SYSTEM_STATUS);
	}

	/**
	 * Reads the active diagnostic trouble codes (permission {@code read_diagnostics}).
	 * @return the trouble codes
	 */
	public SmartcarResponse<DiagnosticTroubleCodes> diagnosticTroubleCodes() {
		return read(VehicleRead.DIAGNOSTIC_TROUBLE_CODES);
	}

	/**
	 * Reads the service records of the vehicle, of the last year unless Smartcar decides
	 * otherwise (permission {@code read_service_history}).
	 * @return the service records
	 */
	public SmartcarResponse<List<ServiceRecord>> serviceHistory() {
		return this.client.call(HttpMethod.GET, this.options, null, SERVICE_RECORDS, VEHICLE + "/service/history",
				this.id);
	}

	/**
	 * Reads the service records of the vehicle between two dates, both included, sent as
	 * the query parameters {@code start_date} and {@code end_date} (permission
	 * {@code read_service_history}).
	 * @param startDate the first day
	 * @param endDate the last day, not before the first
	 * @return the service records
	 * @throws IllegalArgumentException when a date is {@code null} or the range is
	 * reversed; nothing is sent then
	 */
	public SmartcarResponse<List<ServiceRecord>> serviceHistory(LocalDate startDate, LocalDate endDate) {
		Assert.notNull(startDate, "startDate must not be null");
		Assert.notNull(endDate, "endDate must not be null");
		Assert.isTrue(!startDate.isAfter(endDate),
				() -> "startDate must not be after endDate, was " + startDate + " and " + endDate);
		return this.client.call(HttpMethod.GET, this.options, null, SERVICE_RECORDS,
				VEHICLE + "/service/history?start_date={startDate}&end_date={endDate}", this.id, startDate.toString(),
				endDate.toString());
	}

	/**
	 * Reads the first page of the permissions the driver granted the application for this
	 * vehicle, as many as Smartcar puts on a page.
	 * @return the page
	 */
	public SmartcarResponse<PermissionPage> permissions() {
		return this.client.get(PermissionPage.class, this.options, VEHICLE + "/permissions", this.id);
	}

	/**
	 * Reads one page of the permissions the driver granted the application for this
	 * vehicle.
	 * @param limit how many permissions to return, from 1
	 * @param offset the index of the first permission, from 0
	 * @return the page
	 * @throws IllegalArgumentException when the limit or offset is out of range; nothing
	 * is sent then
	 */
	public SmartcarResponse<PermissionPage> permissions(int limit, int offset) {
		Assert.isTrue(limit >= 1, () -> "limit must be at least 1, was " + limit);
		Assert.isTrue(offset >= 0, () -> "offset must not be negative, was " + offset);
		return this.client.get(PermissionPage.class, this.options,
				VEHICLE + "/permissions?limit={limit}&offset={offset}", this.id, limit, offset);
	}

	/**
	 * Returns whether the driver granted the application every one of the given
	 * permissions for this vehicle, reading every page of its permissions. A
	 * {@code required:} prefix, as in Connect scopes, is ignored.
	 * @param permissions the permissions, such as {@code read_odometer}
	 * @return {@code true} when all are granted
	 * @throws IllegalArgumentException when no permission is given or one is blank;
	 * nothing is sent then
	 */
	public boolean hasPermissions(String... permissions) {
		Assert.notEmpty(permissions, "permissions must not be empty");
		Set<String> wanted = new HashSet<>();
		for (String permission : permissions) {
			Assert.hasText(permission, "permissions must not be blank");
			wanted.add(SmartcarPermissions.permission(permission));
		}
		return grantedPermissions().containsAll(wanted);
	}

	private Set<String> grantedPermissions() {
		Set<String> granted = new HashSet<>();
		int offset = 0;
		PermissionPage page;
		do {
			page = permissions(PERMISSION_PAGE_SIZE, offset).value();
			granted.addAll(page.permissions());
			offset += page.permissions().size();
		}
		while (!page.permissions().isEmpty() && offset < page.paging().count());
		return granted;
	}

	/**
	 * Starts charging an electric vehicle (permission {@code control_charge}). Never
	 * retried automatically.
	 * @return Smartcar's answer
	 */
	public SmartcarResponse<ActionResult> startCharge() {
		return command("/charge", Map.of("action", "START"));
	}

	/**
	 * Stops charging an electric vehicle (permission {@code control_charge}). Never
	 * retried automatically.
	 * @return Smartcar's answer
	 */
	public SmartcarResponse<ActionResult> stopCharge() {
		return command("/charge", Map.of("action", "STOP"));
	}

	/**
	 * Sets the state of charge at which an electric vehicle stops charging (permission
	 * {@code control_charge}). Never retried automatically.
	 * @param limit the limit, as a fraction from {@value #MIN_CHARGE_LIMIT} to
	 * {@value #MAX_CHARGE_LIMIT}
	 * @return Smartcar's answer
	 * @throws IllegalArgumentException when the limit is out of range; nothing is sent
	 * then
	 */
	public SmartcarResponse<ActionResult> setChargeLimit(double limit) {
		Assert.isTrue(limit >= MIN_CHARGE_LIMIT && limit <= MAX_CHARGE_LIMIT, () -> "limit must be between "
				+ MIN_CHARGE_LIMIT + " and " + MAX_CHARGE_LIMIT + " (a fraction, not a percentage), was " + limit);
		return command("/charge/limit", Map.of("limit", limit));
	}

	/**
	 * Sends a destination to the vehicle's navigation system (permission
	 * {@code control_navigation}). Never retried automatically.
	 * @param latitude the latitude, in degrees from -90 to 90
	 * @param longitude the longitude, in degrees from -180 to 180
	 * @return Smartcar's answer
	 * @throws IllegalArgumentException when a coordinate is out of range or not a finite
	 * number; nothing is sent then
	 */
	public SmartcarResponse<ActionResult> sendDestination(double latitude, double longitude) {
		Assert.isTrue(latitude >= -90 && latitude <= 90, () -> "latitude must be between -90 and 90, was " + latitude);
		Assert.isTrue(longitude >= -180 && longitude <= 180,
				() -> "longitude must be between -180 and 180, was " + longitude);
		return command("/navigation/destination", Map.of("latitude", latitude, "longitude", longitude));
	}

	/**
	 * Disconnects the vehicle from the application: its access is revoked, and the driver
	 * has to connect it again for the application to use it. Never retried automatically.
	 * <p>
	 * When the service was given the store of authorized clients (the Spring Boot starter
	 * gives it), a successful disconnect then reads one page of the user's vehicle ids
	 * and, when no vehicle is left, removes the user's stored authorized client. While
	 * another vehicle remains the tokens stay: they serve the user's other vehicles. When
	 * that page cannot be read, the tokens stay too, and the disconnect's answer is
	 * returned all the same.
	 * @return Smartcar's answer
	 */
	public SmartcarResponse<ActionResult> disconnect() {
		SmartcarResponse<ActionResult> result = this.client.call(HttpMethod.DELETE, this.options, null,
				ParameterizedTypeReference.forType(ActionResult.class), VEHICLE + "/application", this.id);
		this.afterDisconnect.run();
		return result;
	}

	private SmartcarResponse<ActionResult> command(String path, Map<String, ?> body) {
		return this.client.post(ActionResult.class, this.options, body, VEHICLE + path, this.id);
	}

	/**
	 * Subscribes the vehicle to a webhook set up in the Smartcar dashboard, with the
	 * driver's access token. Never retried automatically.
	 * @param webhookId the id of the webhook
	 * @return the subscription
	 * @throws IllegalArgumentException when the webhook id is blank or not a plain id
	 */
	public SmartcarResponse<WebhookSubscription> subscribe(String webhookId) {
		Assert.isTrue(webhookId != null && PLAIN_ID.matcher(webhookId).matches(),
				() -> "webhookId must be a plain Smartcar webhook id (letters, digits, '-' and '_'), was '" + webhookId
						+ "'");
		return this.client.call(HttpMethod.POST, this.options, null,
				ParameterizedTypeReference.forType(WebhookSubscription.class), VEHICLE + "/webhooks/{webhookId}",
				this.id, webhookId);
	}

	/**
	 * Returns a handle on the same vehicle in Smartcar's API v3 (preview), read with the
	 * same access token and unit system; no request is sent until a method of the handle
	 * is called.
	 * @return the v3 handle
	 */
	public SmartcarV3Vehicle v3() {
		return new SmartcarV3Vehicle(this.id, this.client, this.options);
	}

	/**
	 * Sends several reads of this vehicle in one request ({@code POST .../batch}), such
	 * as {@code batch(VehicleRead.ODOMETER, VehicleRead.LOCATION)}. As it only reads, the
	 * batch is retried like a read; a failed item inside a successful answer is not.
	 * @param reads the reads, at least one, each path once
	 * @return the answer, read per read with {@link BatchResponse#get(VehicleRead)}
	 * @throws IllegalArgumentException when there is no read, a {@code null} one or a
	 * path twice
	 */
	public BatchResponse batch(VehicleRead<?>... reads) {
		Assert.notNull(reads, "reads must not be null");
		return batch(Arrays.asList(reads));
	}

	/**
	 * Sends several reads of this vehicle in one request ({@code POST .../batch}).
	 * @param reads the reads, at least one, each path once
	 * @return the answer, read per read with {@link BatchResponse#get(VehicleRead)}
	 * @throws IllegalArgumentException when there is no read, a {@code null} one or a
	 * path twice
	 */
	public BatchResponse batch(List<? extends VehicleRead<?>> reads) {
		BatchRequest request = BatchRequest.of(reads);
		SmartcarResponse<BatchAnswer> answer = this.client.postRead(BatchAnswer.class, this.options, request.body(),
				VEHICLE + "/batch", this.id);
		return new BatchResponse(request, answer, this.client.errorReader());
	}

	/**
	 * Sends a request to any path below this vehicle, such as the make-specific
	 * {@code tesla/charge/ammeter}, with the handle's API version, unit system and access
	 * token. A {@code GET} is retried like a read; no other method is.
	 * @param method the HTTP method
	 * @param path the path below {@code /vehicles/{id}/}: plain segments separated by
	 * {@code /}, with no {@code ..}, query or fragment
	 * @param body the body, sent as JSON, or {@code null} for none
	 * @param headers extra headers, such as {@code sc-unit-system}; they cannot set
	 * {@code Authorization} or the transport headers
	 * @return the response body as JSON
	 * @throws IllegalArgumentException when the path or a header is not allowed
	 */
	public SmartcarResponse<JsonNode> request(HttpMethod method, String path, @Nullable Object body,
			Map<String, String> headers) {
		VehicleRequest request = new VehicleRequest(method, path, body, headers);
		return this.client.call(request.method(), this.options, request.headers(), request.body(),
				ParameterizedTypeReference.forType(JsonNode.class), request.uriTemplate(VEHICLE), this.id);
	}

	@Override
	public String toString() {
		return "SmartcarVehicle[" + this.id + "]";
	}

}
