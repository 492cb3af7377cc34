package org.smartcarboot.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests {@link SmartcarWebhookReceiver} with a publisher that records the events: the
 * signature over the raw body, the verification handshake, publishing once per event id,
 * and each refusal.
 */
class SmartcarWebhookReceiverTests {

	private static final String AMT = "amt";

	private static final String CHALLENGE_HASH = "9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e";

	private final List<Object> published = new CopyOnWriteArrayList<>();

	private Consumer<Object> listener = this.published::add;

	private final ApplicationEventPublisher publisher = (event) -> this.listener.accept(event);

	private final InMemoryWebhookDeliveryLog deliveryLog = new InMemoryWebhookDeliveryLog(Duration.ofHours(1));

	private final SmartcarWebhookReceiver receiver = new SmartcarWebhookReceiver(AMT, this.publisher, this.deliveryLog,
			new JsonMapper());

	@Test
	void answersSignedVerificationRequestsOfBothFormatsWithTheHashOfTheChallenge() {
		for (String fixture : List.of("VerifyV4.json", "VerifyV2.json")) {
			byte[] body = WebhookPayloadsTests.fixture(fixture);
			WebhookReply reply = this.receiver.receive(body, sign(body));

			assertThat(reply.status()).isEqualTo(HttpStatus.OK);
			assertThat(reply.challengeReply()).isEqualTo(new WebhookChallengeReply(CHALLENGE_HASH));
		}
		assertThat(this.published).isEmpty();
	}

	@Test
	void answersUnsignedVerificationRequestsAsSmartcarMaySendThem() {
		WebhookReply reply = this.receiver.receive(WebhookPayloadsTests.fixture("VerifyV4.json"), null);

		assertThat(reply).isEqualTo(new WebhookReply(HttpStatus.OK, new WebhookChallengeReply(CHALLENGE_HASH)));
	}

	@Test
	void neverSignsAForgedDeliveryBodyByAnsweringAnUnsignedChallengeHoldingOne() {
		String forged = "{\"eventId\":\"e-1\",\"eventType\":\"VEHICLE_STATE\",\"vehicleId\":\"v-1\"}";
		String verify = "{\"eventId\":\"x\",\"eventType\":\"VERIFY\",\"data\":{\"challenge\":"
				+ new JsonMapper().writeValueAsString(forged) + "}}";

		WebhookReply reply = this.receiver.receive(bytes(verify), null);

		assertThat(reply).isEqualTo(new WebhookReply(HttpStatus.UNAUTHORIZED, null));
		byte[] signedVerify = bytes(verify);
		assertThat(this.receiver.receive(signedVerify, sign(signedVerify)).challengeReply())
			.isEqualTo(WebhookChallengeReply.answer(AMT, forged));
	}

	@Test
	void publishesASignedEventOnceAndAcknowledgesItsRedeliveries() {
		byte[] body = WebhookPayloadsTests.fixture("VehicleStateV4.json");

		assertThat(this.receiver.receive(body, sign(body))).isEqualTo(new WebhookReply(HttpStatus.OK, null));
		assertThat(this.receiver.receive(body, sign(body))).isEqualTo(new WebhookReply(HttpStatus.OK, null));

		assertThat(this.published).singleElement()
			.isInstanceOfSatisfying(VehicleStateEvent.class,
					(event) -> assertThat(event.eventId()).isEqualTo("0b7c6a55-3f0e-4d7e-9a54-0d3c1c9f5a01"));
	}

	@Test
	void publishesEveryLegacyScheduledDeliveryWhichHasNoEventId() {
		byte[] body = WebhookPayloadsTests.fixture("ScheduledV2.json");

		this.receiver.receive(body, sign(body));
		this.receiver.receive(body, sign(body));

		assertThat(this.published).hasSize(2).allMatch(LegacyVehicleDataEvent.class::isInstance);
	}

	@Test
	void aListenerThatThrowsMakesTheReply500AndTheRedeliveryIsPublished() {
		byte[] body = WebhookPayloadsTests.fixture("VehicleErrorV4.json");
		this.listener = (event) -> {
			throw new IllegalStateException("database down");
		};

		assertThat(this.receiver.receive(body, sign(body)).status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);

		this.listener = this.published::add;
		assertThat(this.receiver.receive(body, sign(body)).status()).isEqualTo(HttpStatus.OK);
		assertThat(this.published).singleElement().isInstanceOf(VehicleErrorEvent.class);
	}

	@Test
	void aMissingOrWrongSignatureIsRefusedAndNothingIsPublished() {
		byte[] body = WebhookPayloadsTests.fixture("VehicleStateV4.json");

		assertThat(this.receiver.receive(body, null).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.receiver.receive(body, "").status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.receiver
			.receive(body, WebhookSignatures.hashChallenge("other-amt", new String(body, StandardCharsets.UTF_8)))
			.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("64", "65").getBytes(StandardCharsets.UTF_8);
		assertThat(this.receiver.receive(tampered, sign(body)).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.published).isEmpty();
		assertThat(this.deliveryLog.size()).isZero();
	}

	@Test
	void aSignedBodyThatIsNotASmartcarPayloadIsABadRequestAnUnsignedOneUnauthorized() {
		byte[] notJson = bytes("{\"eventType\": ");
		byte[] notSmartcar = bytes("{\"pizza\":\"pasta\"}");

		assertThat(this.receiver.receive(notJson, sign(notJson)).status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(
				this.receiver.receive(notSmartcar, "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70")
					.status())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(this.receiver.receive(notJson, null).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.published).isEmpty();
	}

	@Test
	void anEventOfAnUnknownTypeIsAcknowledgedButNotPublished() {
		byte[] body = bytes("{\"eventId\":\"e-1\",\"eventType\":\"VEHICLE_PARKED\",\"data\":{}}");

		assertThat(this.receiver.receive(body, sign(body)).status()).isEqualTo(HttpStatus.OK);
		assertThat(this.published).isEmpty();
	}

	@Test
	void aDeliveryLogThatCannotBeReachedMakesTheReply503() {
		WebhookDeliveryLog unreachable = new WebhookDeliveryLog() {

			@Override
			public boolean recordFirstDelivery(String eventId) {
				throw new DataAccessResourceFailureException("connection refused");
			}

			@Override
			public void forget(String eventId) {
			}

		};
		SmartcarWebhookReceiver receiver = new SmartcarWebhookReceiver(AMT, this.publisher, unreachable,
				new JsonMapper());
		byte[] body = WebhookPayloadsTests.fixture("EventBasedV2.json");

		assertThat(receiver.receive(body, sign(body)).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(this.published).isEmpty();
	}

	private static String sign(byte[] body) {
		return WebhookSignatures.hashChallenge(AMT, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

}
