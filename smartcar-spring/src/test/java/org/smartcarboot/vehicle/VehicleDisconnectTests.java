package org.smartcarboot.vehicle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.LibraryTestSetup;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.SmartcarRetry;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.connect.SmartcarClientRegistrations;
import org.smartcarboot.error.SmartcarException;
import org.smartcarboot.token.SmartcarTokenListener;
import org.smartcarboot.token.SmartcarTokenListener.RemovalReason;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.smartcarboot.vehicle.SmartcarApiStub.USER;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_ID;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_PATH;

/**
 * Tests disconnecting a vehicle: the request, and the stored authorized client removed
 * only when the user has no connected vehicle left.
 */
class VehicleDisconnectTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private static final String APPLICATION = VEHICLE_PATH + "/application";

	private static final String FIRST_VEHICLE = "/v2.0/vehicles?limit=1&offset=0";

	private LibraryTestSetup security;

	@BeforeEach
	void storeAToken() {
		this.security = SmartcarApiStub.security(api);
		api.stubFor(delete(urlEqualTo(APPLICATION)).willReturn(SmartcarApiStub.recorded("DisconnectVehicle.json")));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void disconnectingTheLastVehicleRemovesTheStoredClient() {
		stubVehiclesLeft(List.of());

		SmartcarResponse<ActionResult> result = serviceWithStore().forUser(USER).vehicle(VEHICLE_ID).disconnect();

		assertThat(result.value()).isEqualTo(new ActionResult("success", null));
		assertThat(result.meta()).isEqualTo(SmartcarApiStub.meta(UnitSystem.METRIC));
		api.verify(1, SmartcarApiStub.authorized(deleteRequestedFor(urlEqualTo(APPLICATION)), UnitSystem.METRIC));
		api.verify(1, SmartcarApiStub.authorized(getRequestedFor(urlEqualTo(FIRST_VEHICLE)), UnitSystem.METRIC));
		assertThat(storedClient()).isNull();
	}

	@Test
	void theStoredClientStaysWhileAnotherVehicleIsConnected() {
		stubVehiclesLeft(List.of("other-car"));

		serviceWithStore().forUser(USER).vehicle(VEHICLE_ID).disconnect();

		api.verify(1, getRequestedFor(urlEqualTo(FIRST_VEHICLE)));
		assertThat(storedClient()).isNotNull();
	}

	@Test
	void theTokenListenersHearOfTheRemovalAndOnlyOfIt() {
		List<String> heard = new ArrayList<>();
		SmartcarTokenListener listener = new SmartcarTokenListener() {

			@Override
			public void authorizationRemoved(String registrationId, String principalName, RemovalReason reason) {
				heard.add(registrationId + " " + principalName + " " + reason);
			}

		};
		SmartcarVehicleService service = SmartcarApiStub.service(api, this.security)
			.authorizedClientService(this.security.store())
			.tokenListener(listener)
			.build();
		stubVehiclesLeft(List.of("other-car"));
		service.forUser(USER).vehicle(VEHICLE_ID).disconnect();
		assertThat(heard).isEmpty();

		stubVehiclesLeft(List.of());
		service.forUser(USER).vehicle(VEHICLE_ID).disconnect();

		assertThat(heard).containsExactly("smartcar " + USER + " LAST_VEHICLE_DISCONNECTED");
	}

	@Test
	void theSignedInUsersStoredClientIsRemoved() {
		stubVehiclesLeft(List.of());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(USER, null, List.of()));

		serviceWithStore().vehicle(VEHICLE_ID).disconnect();

		api.verify(1, SmartcarApiStub.authorized(deleteRequestedFor(urlEqualTo(APPLICATION)), UnitSystem.METRIC));
		assertThat(storedClient()).isNull();
	}

	@Test
	void withoutTheStoreNothingMoreIsSentOrRemoved() {
		SmartcarVehicleService service = SmartcarApiStub.service(api, this.security).build();

		service.forUser(USER).vehicle(VEHICLE_ID).disconnect();

		assertThat(api.getAllServeEvents()).hasSize(1);
		assertThat(storedClient()).isNotNull();
	}

	@Test
	void aFailedDisconnectKeepsTheStoredClientAndReadsNoVehicles() {
		api.stubFor(delete(urlEqualTo(APPLICATION)).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"type\":\"SERVER\",\"code\":\"INTERNAL\",\"description\":\"oops\",\"statusCode\":500}")));

		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> serviceWithStore().forUser(USER).vehicle(VEHICLE_ID).disconnect());

		api.verify(0, getRequestedFor(urlPathEqualTo("/v2.0/vehicles")));
		assertThat(storedClient()).isNotNull();
	}

	@Test
	void whenTheRemainingVehiclesCannotBeReadTheDisconnectSucceedsAndTheClientStays() {
		api.stubFor(get(urlEqualTo(FIRST_VEHICLE)).willReturn(aResponse().withStatus(502).withBody("Bad gateway")));
		SmartcarRetry quickRetry = SmartcarRetry.defaults().withInitialInterval(Duration.ofMillis(10));

		SmartcarVehicle vehicle = SmartcarApiStub.service(api, this.security)
			.authorizedClientService(this.security.store())
			.retry(quickRetry)
			.build()
			.forUser(USER)
			.vehicle(VEHICLE_ID);
		List<LogRecord> warnings = new ArrayList<>();

		SmartcarResponse<ActionResult> result = recordingWarnings(warnings, vehicle::disconnect);

		assertThat(result.value().status()).isEqualTo("success");
		assertThat(warnings).singleElement()
			.satisfies((warning) -> assertThat(warning.getMessage())
				.startsWith("Kept the stored Smartcar authorization after a disconnect")
				.contains("502"));
		api.verify(1, deleteRequestedFor(urlEqualTo(APPLICATION)));
		api.verify(quickRetry.maxAttempts(), getRequestedFor(urlEqualTo(FIRST_VEHICLE)));
		assertThat(storedClient()).isNotNull();
	}

	@Test
	void whenTheTokenNoLongerReadsTheVehicleListTheStoredClientIsRemoved() {
		api.stubFor(get(urlEqualTo(FIRST_VEHICLE)).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"type\":\"AUTHENTICATION\",\"code\":null,\"description\":\"Invalid token.\","
					+ "\"statusCode\":401,\"resolution\":{\"type\":\"REAUTHENTICATE\"}}")));

		SmartcarResponse<ActionResult> result = serviceWithStore().forUser(USER).vehicle(VEHICLE_ID).disconnect();

		assertThat(result.value().status()).isEqualTo("success");
		assertThat(storedClient()).isNull();
	}

	private SmartcarVehicleService serviceWithStore() {
		return SmartcarApiStub.service(api, this.security).authorizedClientService(this.security.store()).build();
	}

	private void stubVehiclesLeft(List<String> ids) {
		String vehicles = String.join("\",\"", ids);
		String body = ids.isEmpty() ? "{\"vehicles\":[],\"paging\":{\"count\":0,\"offset\":0}}"
				: "{\"vehicles\":[\"" + vehicles + "\"],\"paging\":{\"count\":" + ids.size() + ",\"offset\":0}}";
		api.stubFor(get(urlEqualTo(FIRST_VEHICLE)).willReturn(SmartcarApiStub.json(body, UnitSystem.METRIC)));
	}

	private OAuth2AuthorizedClient storedClient() {
		return this.security.store().loadAuthorizedClient(SmartcarClientRegistrations.REGISTRATION_ID, USER);
	}

	/**
	 * Runs an action, keeping the warnings {@link DisconnectCleanup} logs (through
	 * {@code java.util.logging}, as this module's tests have no other logging system) in
	 * a list instead of printing them.
	 */
	private static <T> T recordingWarnings(List<LogRecord> warnings, Supplier<T> action) {
		Logger logger = Logger.getLogger(DisconnectCleanup.class.getName());
		Handler recorder = new Handler() {

			@Override
			public void publish(LogRecord record) {
				if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
					warnings.add(record);
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}

		};
		boolean useParentHandlers = logger.getUseParentHandlers();
		logger.addHandler(recorder);
		logger.setUseParentHandlers(false);
		try {
			return action.get();
		}
		finally {
			logger.removeHandler(recorder);
			logger.setUseParentHandlers(useParentHandlers);
		}
	}

}
