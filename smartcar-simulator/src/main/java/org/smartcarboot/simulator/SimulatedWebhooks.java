package org.smartcarboot.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.github.tomakehurst.wiremock.common.Json;

/**
 * Webhook deliveries of the simulated Smartcar application, sent to a URL as Smartcar
 * sends them: a JSON {@code POST} whose {@code SC-Signature} header is the lower-case hex
 * HMAC-SHA256 of the body keyed with the {@linkplain SmartcarSimulator#managementToken()
 * management token}. Each method returns the receiver's answer, so tests can exercise an
 * application's webhook endpoint and its listeners:
 *
 * <pre class="code">
 * SimulatedDelivery delivery = simulator.webhooks().deliverVehicleState(url, vehicleId, "closure-islocked");
 * assertThat(delivery.status()).isEqualTo(200);
 * </pre>
 *
 * Verification requests are sent without a signature, as Smartcar may send them;
 * deliveries of the current payload version (4.0) and of the legacy one (2.0), forged and
 * unsigned ones, and redeliveries of an earlier delivery are there for the rest.
 * Deliveries are sent whether or not the car is subscribed to the webhook. Thread-safe.
 */
public final class SimulatedWebhooks {

	/**
	 * The id of the simulated application's webhook.
	 */
	public static final String WEBHOOK_ID = "5f0c2a7e-3b1d-4e8a-9c6f-7d2e4b1a0c39";

	private static final String WEBHOOK_NAME = "Simulated webhook";

	private static final String SIGNATURE_HEADER = "SC-Signature";

	private static final String FORGING_KEY = "not-the-management-token";

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final String managementToken;

	private final SimulatedAccount account;

	private final WebhookBodies bodies;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	SimulatedWebhooks(String managementToken, SimulatedAccount account) {
		this.managementToken = managementToken;
		this.account = account;
		this.bodies = new WebhookBodies(WEBHOOK_ID, WEBHOOK_NAME, account.userId());
	}

	/**
	 * The id of the webhook the deliveries come from.
	 * @return {@value #WEBHOOK_ID}
	 */
	public String webhookId() {
		return WEBHOOK_ID;
	}

	/**
	 * Signs a body as Smartcar does.
	 * @param body the body
	 * @return the lower-case hex HMAC-SHA256 of its UTF-8 bytes, keyed with the
	 * management token
	 */
	public String sign(String body) {
		return WebhookSignature.of(this.managementToken, Objects.requireNonNull(body, "body"));
	}

	/**
	 * Sends a verification request of the current payload version ({@code eventType:
	 * VERIFY}), without a signature, with a random challenge.
	 * @param url the callback URL
	 * @return the answer, and whether Smartcar would accept it
	 */
	public SimulatedVerification deliverVerify(String url) {
		String challenge = challenge();
		return verification(url, challenge, this.bodies.verify(challenge));
	}

	/**
	 * Sends a verification request of the legacy payload version 2.0 ({@code eventName:
	 * verify}), without a signature, with a random challenge.
	 * @param url the callback URL
	 * @return the answer, and whether Smartcar would accept it
	 */
	public SimulatedVerification deliverLegacyVerify(String url) {
		String challenge = challenge();
		return verification(url, challenge, this.bodies.legacyVerify(challenge));
	}

	/**
	 * Sends a signed {@code VEHICLE_STATE} event (payload version 4.0) with the car's
	 * current state: odometer, location and locks, with battery and charging or fuel as
	 * its powertrain has them.
	 * @param url the callback URL
	 * @param vehicleId the id of a simulated car
	 * @param changedSignalCodes the signals whose change triggers the delivery, such as
	 * {@code closure-islocked}; none for the first delivery after subscribing
	 * ({@code FIRST_DELIVERY})
	 * @return the delivery and the answer
	 * @throws IllegalArgumentException for an unknown car, or a signal code the car does
	 * not have
	 */
	public SimulatedDelivery deliverVehicleState(String url, String vehicleId, String... changedSignalCodes) {
		return deliverSigned(url, this.bodies.vehicleState(vehicle(vehicleId), Arrays.asList(changedSignalCodes)));
	}

	/**
	 * Sends a signed {@code VEHICLE_ERROR} event (payload version 4.0) in state
	 * {@code ERROR}, about every signal of the car.
	 * @param url the callback URL
	 * @param vehicleId the id of a simulated car
	 * @param errorType the error type, such as {@code VEHICLE_STATE}
	 * @param errorCode the error code, such as {@code UNREACHABLE}
	 * @return the delivery and the answer
	 */
	public SimulatedDelivery deliverVehicleError(String url, String vehicleId, String errorType, String errorCode) {
		return deliverSigned(url, this.bodies.vehicleError(vehicle(vehicleId), errorType, errorCode, "ERROR"));
	}

	/**
	 * Sends a signed {@code VEHICLE_ERROR} event (payload version 4.0) saying that an
	 * error is over (state {@code RESOLVED}).
	 * @param url the callback URL
	 * @param vehicleId the id of a simulated car
	 * @param errorType the error type, such as {@code VEHICLE_STATE}
	 * @param errorCode the error code, such as {@code UNREACHABLE}
	 * @return the delivery and the answer
	 */
	public SimulatedDelivery deliverVehicleErrorResolved(String url, String vehicleId, String errorType,
			String errorCode) {
		return deliverSigned(url, this.bodies.vehicleError(vehicle(vehicleId), errorType, errorCode, "RESOLVED"));
	}

	/**
	 * Sends a signed legacy scheduled delivery (payload version 2.0) with the car's
	 * odometer, location and, for cars with a battery, battery.
	 * @param url the callback URL
	 * @param vehicleId the id of a simulated car
	 * @return the delivery and the answer
	 */
	public SimulatedDelivery deliverLegacySchedule(String url, String vehicleId) {
		return deliverSigned(url, this.bodies.legacySchedule(vehicle(vehicleId)));
	}

	/**
	 * Sends a signed legacy event-based delivery (payload version 2.0).
	 * @param url the callback URL
	 * @param vehicleId the id of a simulated car
	 * @param eventType {@code CHARGING_STARTED}, {@code CHARGING_STOPPED} or
	 * {@code CHARGING_COMPLETED}
	 * @return the delivery and the answer
	 */
	public SimulatedDelivery deliverLegacyChargingEvent(String url, String vehicleId, String eventType) {
		if (eventType == null || !eventType.matches("[A-Z][A-Z_]*")) {
			throw new IllegalArgumentException(
					"eventType must be an upper-case name such as CHARGING_STARTED, was " + eventType);
		}
		return deliverSigned(url, this.bodies.legacyChargingEvent(vehicle(vehicleId), eventType));
	}

	/**
	 * Sends any body, signed correctly.
	 * @param url the callback URL
	 * @param body the body, sent byte for byte as given (UTF-8)
	 * @return the delivery and the answer
	 */
	public SimulatedDelivery deliver(String url, String body) {
		return deliverWithSignature(url, body, sign(body));
	}

	/**
	 * Sends a body signed with a key that is not the management token, as a forger would.
	 * @param url the callback URL
	 * @param body the body
	 * @return the delivery and the answer
	 */
	public SimulatedDelivery deliverForged(String url, String body) {
		return deliverWithSignature(url, body, WebhookSignature.of(FORGING_KEY, body));
	}

	/**
	 * Sends a body with a given {@code SC-Signature} header, or none.
	 * @param url the callback URL
	 * @param body the body
	 * @param signature the header's value, or {@code null} to send no header
	 * @return the delivery and the answer
	 */
	public SimulatedDelivery deliverWithSignature(String url, String body, String signature) {
		HttpResponse<String> response = post(url, body, signature);
		return new SimulatedDelivery(url, body, signature, eventId(body), response.statusCode(), response.body());
	}

	/**
	 * Sends an earlier delivery again, byte for byte with the same signature, as Smartcar
	 * does when a delivery was not acknowledged.
	 * @param delivery the earlier delivery
	 * @return the new delivery and its answer
	 */
	public SimulatedDelivery redeliver(SimulatedDelivery delivery) {
		return deliverWithSignature(delivery.url(), delivery.body(), delivery.signature());
	}

	private SimulatedDelivery deliverSigned(String url, Map<String, Object> body) {
		return deliver(url, new String(Json.toByteArray(body), StandardCharsets.UTF_8));
	}

	private SimulatedVerification verification(String url, String challenge, Map<String, Object> body) {
		HttpResponse<String> response = post(url, new String(Json.toByteArray(body), StandardCharsets.UTF_8), null);
		boolean json = response.headers()
			.firstValue("Content-Type")
			.map((type) -> type.startsWith("application/json"))
			.orElse(false);
		return new SimulatedVerification(url, challenge, response.statusCode(), response.body(),
				response.statusCode() == 200 && json && sign(challenge).equals(readChallengeReply(response.body())));
	}

	private HttpResponse<String> post(String url, String body, String signature) {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(body, "body");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (signature != null) {
			request.header(SIGNATURE_HEADER, signature);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not deliver a webhook to " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while delivering a webhook to " + url, ex);
		}
	}

	private SimulatedVehicle vehicle(String vehicleId) {
		return this.account.find(vehicleId)
			.orElseThrow(() -> new IllegalArgumentException("No simulated vehicle with id " + vehicleId));
	}

	private static String challenge() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	private static String readChallengeReply(String responseBody) {
		try {
			Object challenge = Json.read(responseBody, Map.class).get("challenge");
			return (challenge instanceof String text) ? text : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String eventId(String body) {
		try {
			Map<?, ?> json = Json.read(body, Map.class);
			Object eventId = json.get("eventId");
			if (eventId == null && json.get("payload") instanceof Map<?, ?> payload) {
				eventId = payload.get("eventId");
			}
			return (eventId instanceof String text) ? text : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
