package org.smartcarboot.management;

import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smartcarboot.RecordedPayloads;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.error.SmartcarException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests {@link SmartcarManagementService} against two WireMock servers, one for the
 * management host and one for the API host: the exact requests with the management token,
 * cursor paging, the user-xor-vehicle rule, and the token kept out of every message.
 */
class SmartcarManagementServiceTests {

	@RegisterExtension
	static final WireMockExtension management = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String CONNECTIONS = "/v2.0/management/connections";

	/**
	 * {@code base64("default:amt")}, as Smartcar's Node SDK tests have it.
	 */
	private static final String BASIC_AMT = "Basic ZGVmYXVsdDphbXQ=";

	private static final String RECORDED_CURSOR = "AES-256-CBC::base64::utf8::zLBjfq8xCCTKr3grfBFNXg==Oh0pX00AHjxsloC6vHMyKw==";

	private final SmartcarManagementService service = service("amt");

	@Test
	void listsAUsersConnectionsWithTheManagementTokenAndReadsEveryField() {
		management.stubFor(get(urlPathEqualTo(CONNECTIONS)).willReturn(
				WireMock.okJson(RecordedPayloads.read("GetConnections.json")).withHeader("sc-request-id", "req-c")));

		SmartcarResponse<ConnectionPage> page = this.service.connections(ConnectionFilter.byUser("user-1"), 5, null);

		assertThat(page.value().connections()).containsExactly(new Connection("bcf1b859-4bd1-41c5-80bc-b8abfe3623fc",
				"d2f64075-d0e1-45d4-aee0-72bd39088947", Instant.parse("2023-08-10T15:00:00.000Z"), null));
		assertThat(page.value().paging()).isEqualTo(new ConnectionPage.Paging(RECORDED_CURSOR, 1));
		assertThat(page.value().nextCursor()).isEqualTo(RECORDED_CURSOR);
		assertThat(page.meta().requestId()).isEqualTo("req-c");
		management.verify(getRequestedFor(urlEqualTo(CONNECTIONS + "?user_id=user-1&limit=5"))
			.withHeader("Authorization", equalTo(BASIC_AMT))
			.withHeader("User-Agent", equalTo("smartcar-spring")));
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	@Test
	void sendsTheCursorEncodedSoThatItComesBackUnchanged() {
		String cursor = RECORDED_CURSOR + "+a/b&c=d";
		management.stubFor(get(urlPathEqualTo(CONNECTIONS))
			.willReturn(WireMock.okJson("{\"connections\":[],\"paging\":{\"cursor\":null}}")));

		ConnectionPage page = this.service.connections(ConnectionFilter.byVehicle("car-1"), 100, cursor).value();

		assertThat(page.connections()).isEmpty();
		assertThat(page.nextCursor()).isNull();
		management.verify(getRequestedFor(urlPathEqualTo(CONNECTIONS)).withQueryParam("vehicle_id", equalTo("car-1"))
			.withQueryParam("limit", equalTo("100"))
			.withQueryParam("cursor", equalTo(cursor)));
		String sentUrl = management.getAllServeEvents().get(0).getRequest().getUrl();
		assertThat(sentUrl).contains("%2B").contains("%26c%3Dd").doesNotContain("+");
	}

	@Test
	void readsAllPagesFollowingTheCursor() {
		management
			.stubFor(get(urlEqualTo(CONNECTIONS + "?limit=100")).willReturn(WireMock.okJson(page("car-1", "c1"))));
		management.stubFor(
				get(urlEqualTo(CONNECTIONS + "?limit=100&cursor=c1")).willReturn(WireMock.okJson(page("car-2", null))));

		List<Connection> connections = this.service.connections(ConnectionFilter.all());

		assertThat(connections).extracting(Connection::vehicleId).containsExactly("car-1", "car-2");
		management.verify(2, getRequestedFor(urlPathEqualTo(CONNECTIONS)));
	}

	@Test
	void stopsReadingPagesWhenTheCursorRepeats() {
		management.stubFor(get(urlPathEqualTo(CONNECTIONS)).willReturn(WireMock.okJson(page("car-1", "same"))));

		assertThat(this.service.connections(ConnectionFilter.byUser("user-1"))).hasSize(2);
		management.verify(2, getRequestedFor(urlPathEqualTo(CONNECTIONS)));
	}

	@Test
	void deletesAVehiclesConnections() {
		management.stubFor(delete(urlEqualTo(CONNECTIONS + "?vehicle_id=bcf1b859-4bd1-41c5-80bc-b8abfe3623fc"))
			.willReturn(WireMock.okJson(RecordedPayloads.read("DeleteConnections.json"))
				.withHeader("sc-request-id", "req-d")));

		SmartcarResponse<DeletedConnections> deleted = this.service
			.deleteConnections(ConnectionFilter.byVehicle("bcf1b859-4bd1-41c5-80bc-b8abfe3623fc"));

		assertThat(deleted.value().connections()).containsExactly(new Connection("bcf1b859-4bd1-41c5-80bc-b8abfe3623fc",
				"d2f64075-d0e1-45d4-aee0-72bd39088947", null, null));
		assertThat(deleted.meta().requestId()).isEqualTo("req-d");
		management
			.verify(deleteRequestedFor(urlEqualTo(CONNECTIONS + "?vehicle_id=bcf1b859-4bd1-41c5-80bc-b8abfe3623fc"))
				.withHeader("Authorization", equalTo(BASIC_AMT)));
	}

	@Test
	void deletesAUsersConnections() {
		management.stubFor(delete(urlEqualTo(CONNECTIONS + "?user_id=user-1"))
			.willReturn(WireMock.okJson("{\"connections\":[]}")));

		assertThat(this.service.deleteConnections(ConnectionFilter.byUser("user-1")).value().connections()).isEmpty();
		management.verify(deleteRequestedFor(urlEqualTo(CONNECTIONS + "?user_id=user-1")));
	}

	@Test
	void unsubscribesAVehicleOnTheApiHostWithTheTokenAsBearer() {
		String path = "/v2.0/vehicles/car-1/webhooks/hook-1";
		api.stubFor(delete(path).willReturn(WireMock.okJson(RecordedPayloads.read("UnsubscribeVehicle.json"))));

		SmartcarResponse<WebhookUnsubscription> answer = this.service.unsubscribe("car-1", "hook-1");

		assertThat(answer.value()).isEqualTo(new WebhookUnsubscription(null, null));
		api.verify(deleteRequestedFor(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer amt")));
		assertThat(management.getAllServeEvents()).isEmpty();
	}

	@Test
	void anUnsubscribeAnswerWithAStatusIsRead() {
		api.stubFor(delete(urlPathEqualTo("/v2.0/vehicles/car-1/webhooks/hook%2F2"))
			.willReturn(WireMock.okJson("{\"status\":\"success\"}")));

		assertThat(this.service.unsubscribe("car-1", "hook/2").value())
			.isEqualTo(new WebhookUnsubscription("success", null));
	}

	@Test
	void badRequestsAreRefusedBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConnectionFilter("user-1", "car-1"))
			.withMessage("a connection filter names a user or a vehicle, not both");
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.deleteConnections(ConnectionFilter.all()))
			.withMessageStartingWith("deleting connections needs a user or a vehicle");
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.connections(ConnectionFilter.all(), 0, null))
			.withMessage("limit must be between 1 and 100, was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.connections(ConnectionFilter.all(), 101, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.connections(ConnectionFilter.all(), 10, " "));
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionFilter.byUser(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.unsubscribe("car-1", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> SmartcarManagementService.builder(" "));
		assertThat(management.getAllServeEvents()).isEmpty();
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	@Test
	void theTokenNeverReachesAnExceptionMessage() {
		String token = "amt-0123456789";
		SmartcarManagementService secret = service(token);
		management.stubFor(get(urlPathEqualTo(CONNECTIONS))
			.willReturn(aResponse().withStatus(401).withBody("rejected: Basic ZGVmYXVsdDphbXQtMDEyMzQ1Njc4OQ==")));
		api.stubFor(delete(urlPathEqualTo("/v2.0/vehicles/car-1/webhooks/hook-1"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(SmartcarException.class)
			.isThrownBy(() -> secret.connections(ConnectionFilter.all(), 10, null))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("401 UNREADABLE_RESPONSE")
				.doesNotContain(token, "ZGVmYXVsdDphbXQtMDEyMzQ1Njc4OQ=="));
		assertThatExceptionOfType(SmartcarException.class).isThrownBy(() -> secret.unsubscribe("car-1", "hook-1"))
			.satisfies((ex) -> {
				assertThat(ex.getType()).isEqualTo("NO_RESPONSE");
				assertThat(ex.getMessage()).doesNotContain(token);
			});
		assertThat(secret).hasToString("SmartcarManagementService");
		assertThat(SmartcarManagementService.builder(token).toString()).doesNotContain(token);
	}

	private static SmartcarManagementService service(String token) {
		return SmartcarManagementService.builder(token)
			.managementUrl(management.baseUrl())
			.apiUrl(api.baseUrl())
			.build();
	}

	private static String page(String vehicleId, String cursor) {
		return "{\"connections\":[{\"vehicleId\":\"" + vehicleId + "\",\"userId\":\"user-1\","
				+ "\"connectedAt\":\"2023-08-10T15:00:00.000Z\",\"mode\":\"live\"}],\"paging\":{\"cursor\":"
				+ ((cursor != null) ? "\"" + cursor + "\"" : "null") + "}}";
	}

}
