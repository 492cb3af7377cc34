package org.smartcarboot.sample.web;

import org.junit.jupiter.api.Test;
import org.smartcarboot.error.SmartcarErrorCategory;
import org.smartcarboot.error.SmartcarErrorDetails;
import org.smartcarboot.error.SmartcarErrorReader;
import org.smartcarboot.error.SmartcarException;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the Smartcar error page says and offers for each kind of error when Smartcar
 * suggests no message: trying again only for errors that can pass.
 */
class SmartcarErrorPageContentTest {

	@Test
	void noAnswerAndServerErrorsCanPass() {
		SmartcarErrorPage noAnswer = page(SmartcarErrorCategory.NO_USABLE_ANSWER, 0, SmartcarErrorReader.NO_RESPONSE);
		SmartcarErrorPage server = page(SmartcarErrorCategory.SERVER, 503, "SERVER");

		for (SmartcarErrorPage page : new SmartcarErrorPage[] { noAnswer, server }) {
			assertThat(page.retryable()).isTrue();
			assertThat(page.reconnect()).isFalse();
			assertThat(page.message()).endsWith("Please try again in a few minutes.");
			assertThat(page.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
		}
	}

	@Test
	void theVehicleStateCanChange() {
		SmartcarErrorPage page = page(SmartcarErrorCategory.VEHICLE_STATE, 409, "VEHICLE_STATE");

		assertThat(page.retryable()).isTrue();
		assertThat(page.message()).isEqualTo("Your vehicle cannot do this in its current state.");
	}

	@Test
	void anUnknownVehicleOrAMissingFeatureCannotPassByWaiting() {
		SmartcarErrorPage notFound = page(SmartcarErrorCategory.RESOURCE_NOT_FOUND, 404, "RESOURCE_NOT_FOUND");
		SmartcarErrorPage incompatible = page(SmartcarErrorCategory.COMPATIBILITY, 501, "COMPATIBILITY");

		assertThat(notFound.retryable()).isFalse();
		assertThat(notFound.status()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(notFound.message())
			.isEqualTo("Smartcar does not know this vehicle, or it is no longer connected to this app.");
		assertThat(incompatible.retryable()).isFalse();
		assertThat(incompatible.message()).isEqualTo("Your vehicle does not support this.");
	}

	@Test
	void aRejectedTokenOrAMissingPermissionAsksToReconnect() {
		for (SmartcarErrorPage page : new SmartcarErrorPage[] {
				page(SmartcarErrorCategory.AUTHENTICATION, 401, "AUTHENTICATION"),
				page(SmartcarErrorCategory.PERMISSION, 403, "PERMISSION") }) {
			assertThat(page.reconnect()).isTrue();
			assertThat(page.retryable()).isFalse();
			assertThat(page.message()).isEqualTo("Please connect your vehicle again.");
		}
	}

	@Test
	void smartcarsSuggestedMessageComesFirst() {
		SmartcarException rateLimited = SmartcarErrorCategory.RATE_LIMIT.exception(new SmartcarErrorDetails(429,
				"RATE_LIMIT", "VEHICLE", "Slow down", null, null, "req-1", null, "Wait a little."), null);

		SmartcarErrorPage page = SmartcarErrorPage.of(rateLimited);

		assertThat(page.message()).isEqualTo("Wait a little.");
		assertThat(page.retryable()).isTrue();
		assertThat(page.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	private static SmartcarErrorPage page(SmartcarErrorCategory category, int status, String type) {
		return SmartcarErrorPage.of(category.exception(
				new SmartcarErrorDetails(status, type, null, "Something went wrong", null, null, "req-1", null, null),
				null));
	}

}
