package org.smartcarboot.webhook;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.util.Assert;

/**
 * Receives Smartcar webhook deliveries, whatever carries them over HTTP: checks the
 * {@value WebhookSignatures#SIGNATURE_HEADER} signature against the raw body in constant
 * time, answers Smartcar's verification request, reads the payload (versions 2.0, 3.0 and
 * 4.0) into a {@link SmartcarWebhookEvent} and publishes it through the
 * {@link ApplicationEventPublisher}, once per event id within the
 * {@link WebhookDeliveryLog}'s window. Listeners run before the reply, so a listener that
 * throws makes the reply a {@code 500}, and Smartcar delivers the event again.
 * <p>
 * The replies:
 * <ul>
 * <li>{@code 200} with the challenge reply to a verification request ({@code eventType:
 * VERIFY} or {@code eventName: verify}), signed or not: Smartcar may send it unsigned. An
 * unsigned one is answered only if its challenge holds no <code>{</code>, since the reply
 * is the signature of the challenge and must never sign a forged delivery body;</li>
 * <li>{@code 200} for an event, published or recognized as a redelivery, and for an event
 * of a type this receiver does not know, which is not published;</li>
 * <li>{@code 401} for a missing or wrong signature (nothing is published);</li>
 * <li>{@code 400} for a correctly signed body that is not JSON or not a Smartcar
 * payload;</li>
 * <li>{@code 500} when a listener throws, {@code 503} when the delivery log cannot be
 * reached.</li>
 * </ul>
 * Each refusal is logged with its reason, never with the body or the token.
 */
public final class SmartcarWebhookReceiver {

	private static final Log logger = LogFactory.getLog(SmartcarWebhookReceiver.class);

	private final String managementToken;

	private final ApplicationEventPublisher publisher;

	private final WebhookDeliveryLog deliveryLog;

	private final WebhookPayloads payloads;

	/**
	 * Creates a receiver.
	 * @param managementToken the application management token, which signs the deliveries
	 * @param publisher publishes the events, such as the application context
	 * @param deliveryLog remembers the events handled
	 * @param jsonMapper reads the bodies
	 */
	public SmartcarWebhookReceiver(String managementToken, ApplicationEventPublisher publisher,
			WebhookDeliveryLog deliveryLog, JsonMapper jsonMapper) {
		Assert.hasText(managementToken, "managementToken must not be empty");
		Assert.notNull(publisher, "publisher must not be null");
		Assert.notNull(deliveryLog, "deliveryLog must not be null");
		Assert.notNull(jsonMapper, "jsonMapper must not be null");
		this.managementToken = managementToken;
		this.publisher = publisher;
		this.deliveryLog = deliveryLog;
		this.payloads = new WebhookPayloads(jsonMapper);
	}

	/**
	 * Handles one delivery.
	 * @param body the request body exactly as received
	 * @param signature the {@value WebhookSignatures#SIGNATURE_HEADER} header, or
	 * {@code null} when it is missing
	 * @return the reply to send
	 */
	public WebhookReply receive(byte[] body, @Nullable String signature) {
		Assert.notNull(body, "body must not be null");
		boolean signed = signature != null;
		if (signed && !WebhookSignatures.verifyPayload(this.managementToken, signature, body)) {
			logger.warn("Refused a Smartcar webhook request: its " + WebhookSignatures.SIGNATURE_HEADER
					+ " header is not the signature of its body with the management token");
			return WebhookReply.of(HttpStatus.UNAUTHORIZED);
		}
		WebhookPayload payload;
		try {
			payload = this.payloads.read(body);
		}
		catch (MalformedWebhookException ex) {
			if (!signed) {
				return unsigned();
			}
			logger.warn("Refused a signed Smartcar webhook request: " + ex.getMessage());
			return WebhookReply.of(HttpStatus.BAD_REQUEST);
		}
		if (payload instanceof WebhookPayload.Challenge challenge) {
			return answer(challenge.challenge(), signed);
		}
		if (!signed) {
			return unsigned();
		}
		if (payload instanceof WebhookPayload.Event event) {
			return publish(event.event());
		}
		logger.info("Acknowledged a Smartcar webhook delivery of an unknown kind without publishing it: "
				+ ((WebhookPayload.Unknown) payload).kind());
		return WebhookReply.of(HttpStatus.OK);
	}

	private WebhookReply answer(String challenge, boolean signed) {
		if (!signed && challenge.indexOf('{') >= 0) {
			logger.warn("Refused an unsigned Smartcar verification request whose challenge could be a delivery body:"
					+ " its reply would sign that body");
			return WebhookReply.of(HttpStatus.UNAUTHORIZED);
		}
		logger.info("Answered Smartcar's webhook verification request");
		return new WebhookReply(HttpStatus.OK, WebhookChallengeReply.answer(this.managementToken, challenge));
	}

	private WebhookReply publish(SmartcarWebhookEvent event) {
		String eventId = event.eventId();
		if (eventId != null) {
			try {
				if (!this.deliveryLog.recordFirstDelivery(eventId)) {
					logger.debug("Acknowledged a redelivery of Smartcar webhook event " + eventId);
					return WebhookReply.of(HttpStatus.OK);
				}
			}
			catch (RuntimeException ex) {
				logger.error("Could not check whether Smartcar webhook event " + eventId + " is a redelivery", ex);
				return WebhookReply.of(HttpStatus.SERVICE_UNAVAILABLE);
			}
		}
		try {
			this.publisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			if (eventId != null) {
				this.deliveryLog.forget(eventId);
			}
			logger.error("A listener failed on Smartcar webhook " + describe(event)
					+ "; answering 500 so that Smartcar delivers it again", ex);
			return WebhookReply.of(HttpStatus.INTERNAL_SERVER_ERROR);
		}
		logger.debug("Published Smartcar webhook " + describe(event));
		return WebhookReply.of(HttpStatus.OK);
	}

	private static WebhookReply unsigned() {
		logger.warn("Refused a Smartcar webhook request without the " + WebhookSignatures.SIGNATURE_HEADER + " header");
		return WebhookReply.of(HttpStatus.UNAUTHORIZED);
	}

	private static String describe(SmartcarWebhookEvent event) {
		return event.getClass().getSimpleName() + ((event.eventId() != null) ? " " + event.eventId() : "")
				+ " for vehicles " + event.vehicleIds();
	}

}
