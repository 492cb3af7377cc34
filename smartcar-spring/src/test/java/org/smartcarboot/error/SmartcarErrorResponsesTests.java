package org.smartcarboot.error;

import java.net.SocketTimeoutException;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.vehicle.SmartcarVehicle;
import org.smartcarboot.vehicle.SmartcarVehicleService;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.client.UnknownContentTypeException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests what a caller of the library catches when Smartcar answers with an error, with an
 * answer that cannot be used, or not in time, on the vehicle API and at the token
 * endpoint, against WireMock replaying the error bodies recorded from Smartcar.
 */
class SmartcarErrorResponsesTests {

	@RegisterExtension
	static final WireMockExtension smartcar = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String USER = "user-1";

	private static final String ODOMETER = "/v2.0/vehicles/car-1/odometer";

	private static final String CLIENT_SECRET = "client-secret-1";

	private LibraryTestSetup setup;

	@BeforeEach
	void setUp() {
		this.setup = new LibraryTestSetup(smartcar.baseUrl(), "client-1", CLIENT_SECRET);
	}

	@ParameterizedTest
	@CsvSource({ "ErrorPermissionV1.json, 403, SmartcarPermissionException",
			"ErrorPermissionV2.json, 403, SmartcarPermissionException",
			"ErrorVehicleStateV1.json, 409, SmartcarVehicleStateException",
			"ErrorVehicleStateV2.json, 409, SmartcarVehicleStateException",
			"ErrorValidationV2.json, 400, SmartcarValidationException",
			"ErrorVehicleRateLimit.json, 429, SmartcarRateLimitException",
			"ErrorResolutionObject.json, 403, SmartcarPermissionException",
			"ErrorResolutionObject2.json, 403, SmartcarPermissionException",
			"ErrorResolutionObject3.json, 403, SmartcarPermissionException" })
	void aRecordedErrorReachesTheCallerAsItsClass(String fixture, int status, String exceptionClass) {
		smartcar.stubFor(get(ODOMETER).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("sc-request-id", "req-1")
			.withHeader("retry-after", "12345")
			.withBody(SmartcarErrorReaderTests.fixture(fixture))));
		this.setup.storeTokens(USER, "access-1", "refresh-1", Duration.ofHours(1));

		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> vehicle(service()).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getClass().getSimpleName()).isEqualTo(exceptionClass);
				assertThat(ex.getStatusCode()).isEqualTo(status);
				assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(12345));
				assertThat(ex.getRequestId()).isNotBlank();
			});
	}

	@Test
	void aReadTimeoutIsNoUsableAnswerSayingSoWithTheCauseKept() {
		smartcar.stubFor(get(ODOMETER).willReturn(WireMock.okJson("{\"distance\":1}").withFixedDelay(3000)));
		this.setup.storeTokens(USER, "access-1", "refresh-1", Duration.ofHours(1));
		SmartcarVehicleService service = SmartcarVehicleService.builder(this.setup.manager())
			.apiUrl(smartcar.baseUrl())
			.readTimeout(Duration.ofMillis(300))
			.retry(SmartcarRetry.none())
			.build();

		long start = System.nanoTime();
		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(() -> vehicle(service).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.NO_RESPONSE);
				assertThat(ex.getCategory()).isEqualTo(SmartcarErrorCategory.NO_USABLE_ANSWER);
				assertThat(ex.getStatusCode()).isZero();
				assertThat(ex.getDescription()).startsWith("Smartcar did not answer in time: ");
				assertThat(ex).hasRootCauseInstanceOf(SocketTimeoutException.class);
			});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void aSuccessThatIsNotJsonIsNoUsableAnswerQuotingWhatCameBack() {
		smartcar.stubFor(get(ODOMETER).willReturn(aResponse().withHeader("Content-Type", "text/html")
			.withHeader("sc-request-id", "req-2")
			.withBody("<p>maintenance</p>")));
		this.setup.storeTokens(USER, "access-1", "refresh-1", Duration.ofHours(1));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(() -> vehicle(service()).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getMessage())
					.isEqualTo("200 UNREADABLE_RESPONSE - Smartcar's response could not be read: "
							+ "unexpected content type text/html, body '<p>maintenance</p>' (request id req-2)");
				assertThat(ex).hasCauseInstanceOf(UnknownContentTypeException.class);
			});
	}

	@Test
	void aRefreshTokenSmartcarRejectsIsItsAuthenticationErrorWithItsStatusAndNoToken() {
		smartcar.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid refresh_token: refresh-1.\"}")));
		this.setup.storeTokens(USER, "access-1", "refresh-1", Duration.ofMinutes(-5));

		assertThatExceptionOfType(SmartcarReauthorizationRequiredException.class)
			.isThrownBy(() -> vehicle(service()).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(400);
				assertThat(ex.getType()).isEqualTo("AUTHENTICATION");
				assertThat(ex.getCode()).isEqualTo("invalid_grant");
				assertThat(ex.isReauthenticationRequired()).isTrue();
				assertThat(ex.getPrincipalName()).isEqualTo(USER);
				assertThat(ex.getCause()).isInstanceOf(SmartcarAuthenticationException.class).hasNoCause();
				assertThat(ex.getMessage()).doesNotContain("refresh-1", "access-1", CLIENT_SECRET);
				assertThat(ex.getCause().getMessage()).doesNotContain("refresh-1", "access-1", CLIENT_SECRET);
			});
		assertThat(storedClient()).isNull();
		smartcar.verify(0, WireMock.getRequestedFor(WireMock.urlEqualTo(ODOMETER)));
	}

	@Test
	void aTokenEndpointAnswerThatIsNotAnOAuthErrorIsNoUsableAnswerWithItsStatus() {
		smartcar.stubFor(post("/oauth/token").willReturn(
				aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<h1>Bad gateway</h1>")));
		this.setup.storeTokens(USER, "access-1", "refresh-1", Duration.ofMinutes(-5));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(() -> vehicle(service()).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(502);
				assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.UNREADABLE_RESPONSE);
			});
		assertThat(storedClient()).isNotNull();
	}

	@Test
	void aTokenEndpointThatDoesNotAnswerIsNoResponse() {
		smartcar.stubFor(post("/oauth/token").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		this.setup.storeTokens(USER, "access-1", "refresh-1", Duration.ofMinutes(-5));

		assertThatExceptionOfType(SmartcarNoUsableAnswerException.class).isThrownBy(() -> vehicle(service()).odometer())
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo(SmartcarErrorReader.NO_RESPONSE);
				assertThat(ex.getCause()).asInstanceOf(InstanceOfAssertFactories.THROWABLE)
					.hasMessageContaining("/oauth/token");
			});
	}

	private OAuth2AuthorizedClient storedClient() {
		return this.setup.store().loadAuthorizedClient("smartcar", USER);
	}

	private SmartcarVehicleService service() {
		return SmartcarVehicleService.builder(this.setup.manager()).apiUrl(smartcar.baseUrl()).build();
	}

	private static SmartcarVehicle vehicle(SmartcarVehicleService service) {
		return service.forUser(USER).vehicle("car-1");
	}

}
