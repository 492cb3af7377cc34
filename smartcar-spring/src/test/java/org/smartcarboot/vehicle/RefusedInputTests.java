package org.smartcarboot.vehicle;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcarboot.api.UnitSystem;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.smartcarboot.vehicle.SmartcarApiStub.VEHICLE_ID;

/**
 * Tests that each bad argument is refused with an {@link IllegalArgumentException} naming
 * the problem, before any request is sent.
 */
class RefusedInputTests {

	@RegisterExtension
	static final WireMockExtension api = SmartcarApiStub.server();

	private SmartcarVehicleService service;

	@BeforeEach
	void buildTheService() {
		this.service = SmartcarApiStub.driver(api);
		api.stubFor(any(anyUrl()).willReturn(SmartcarApiStub.json("{\"status\":\"success\"}", UnitSystem.METRIC)));
	}

	static Stream<Refusal> refusals() {
		LocalDate day = LocalDate.of(2024, 2, 1);
		return Stream.of(vehicle("charge limit below 0.5", (car) -> car.setChargeLimit(0.49), "limit must be between"),
				vehicle("charge limit above 1", (car) -> car.setChargeLimit(1.01), "limit must be between"),
				vehicle("charge limit as a percentage", (car) -> car.setChargeLimit(80), "not a percentage"),
				vehicle("charge limit NaN", (car) -> car.setChargeLimit(Double.NaN), "was NaN"),
				vehicle("latitude above 90", (car) -> car.sendDestination(90.0001, 0), "latitude"),
				vehicle("latitude below -90", (car) -> car.sendDestination(-91, 0), "latitude"),
				vehicle("longitude above 180", (car) -> car.sendDestination(0, 180.5), "longitude"),
				vehicle("longitude below -180", (car) -> car.sendDestination(0, -181), "longitude"),
				vehicle("latitude NaN", (car) -> car.sendDestination(Double.NaN, 0), "latitude"),
				vehicle("longitude infinite", (car) -> car.sendDestination(0, Double.POSITIVE_INFINITY), "longitude"),
				vehicle("permissions limit 0", (car) -> car.permissions(0, 0), "limit"),
				vehicle("permissions offset negative", (car) -> car.permissions(1, -1), "offset"),
				vehicle("no permission to check", SmartcarVehicle::hasPermissions, "permissions must not be empty"),
				vehicle("null permissions", (car) -> car.hasPermissions((String[]) null),
						"permissions must not be empty"),
				vehicle("blank permission", (car) -> car.hasPermissions("read_fuel", " "),
						"permissions must not be blank"),
				vehicle("null permission", (car) -> car.hasPermissions((String) null), "permissions must not be blank"),
				vehicle("service history reversed", (car) -> car.serviceHistory(day, day.minusDays(1)),
						"startDate must not be after endDate"),
				vehicle("service history without start", (car) -> car.serviceHistory(null, day), "startDate"),
				vehicle("service history without end", (car) -> car.serviceHistory(day, null), "endDate"),
				service("vehicles limit 0", (user) -> user.vehicles(0, 0), "limit"),
				service("vehicles limit above 50", (user) -> user.vehicles(51, 0), "limit"),
				service("vehicles offset negative", (user) -> user.vehicles(1, -1), "offset"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void isRefusedBeforeAnyRequest(Refusal refusal) {
		assertThatIllegalArgumentException().isThrownBy(() -> refusal.call().accept(this.service))
			.withMessageContaining(refusal.message());
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	private static Refusal vehicle(String name, Consumer<SmartcarVehicle> call, String message) {
		return new Refusal(name, (user) -> call.accept(user.vehicle(VEHICLE_ID)), message);
	}

	private static Refusal service(String name, Consumer<SmartcarVehicleService> call, String message) {
		return new Refusal(name, call, message);
	}

	/**
	 * One bad call and a part of the message that must explain it.
	 */
	record Refusal(String name, Consumer<SmartcarVehicleService> call, String message) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
