package org.smartcarboot.simulator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.smartcarboot.simulator.VehicleProfile.ServiceRecord;
import org.smartcarboot.simulator.VehicleProfile.ServiceTask;
import org.smartcarboot.simulator.VehicleProfile.SystemStatus;
import org.smartcarboot.simulator.VehicleProfile.TroubleCode;

/**
 * A car's health: diagnostic system status, active trouble codes and service history (a
 * top-level JSON array, filtered by the optional {@code start_date} and {@code end_date},
 * {@code YYYY-MM-DD}, both inclusive; odometer readings in km).
 */
final class DiagnosticsRoutes implements RouteGroup {

	private final SimulatedAccount account;

	DiagnosticsRoutes(SimulatedAccount account) {
		this.account = account;
	}

	@Override
	public List<Route> routes() {
		return List.of(Route.of("GET", "/v2.0/vehicles/{id}/diagnostics/system_status", this::systemStatus),
				Route.of("GET", "/v2.0/vehicles/{id}/diagnostics/dtcs", this::troubleCodes),
				Route.of("GET", "/v2.0/vehicles/{id}/service/history", this::serviceHistory));
	}

	private Systems systemStatus(ApiRequest request) {
		return new Systems(
				request.vehicleIn(this.account).profile().systems().stream().map(VehicleSystem::of).toList());
	}

	private TroubleCodes troubleCodes(ApiRequest request) {
		return new TroubleCodes(
				request.vehicleIn(this.account).profile().troubleCodes().stream().map(ActiveCode::of).toList());
	}

	private List<ServiceEntry> serviceHistory(ApiRequest request) {
		SimulatedVehicle vehicle = request.vehicleIn(this.account);
		LocalDate start = date(request, "start_date");
		LocalDate end = date(request, "end_date");
		if (start != null && end != null && start.isAfter(end)) {
			throw ApiError.validation("start_date must not be after end_date.");
		}
		return vehicle.profile().serviceHistory().stream().filter((record) -> {
			LocalDate day = LocalDate.ofInstant(record.serviceDate(), ZoneOffset.UTC);
			return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
		}).map(ServiceEntry::of).toList();
	}

	private static LocalDate date(ApiRequest request, String name) {
		String value = request.query(name);
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			throw ApiError.validation(name + " must be a date in the format YYYY-MM-DD.");
		}
	}

	private record VehicleSystem(String systemId, String status, Object description) {

		static VehicleSystem of(SystemStatus status) {
			return new VehicleSystem(status.systemId(), status.status(), ApiResponse.nullable(status.description()));
		}

	}

	private record Systems(List<VehicleSystem> systems) {
	}

	private record ActiveCode(String code, Object timestamp) {

		static ActiveCode of(TroubleCode code) {
			return new ActiveCode(code.code(),
					ApiResponse.nullable((code.timestamp() != null) ? ApiResponse.timestamp(code.timestamp()) : null));
		}

	}

	private record TroubleCodes(List<ActiveCode> activeCodes) {
	}

	private record ServiceDetails(String type) {
	}

	private record ServiceCost(double totalCost, String currency) {
	}

	private record ServiceEntry(long serviceId, String serviceDate, double odometerDistance,
			List<ServiceTask> serviceTasks, ServiceDetails serviceDetails, ServiceCost serviceCost) {

		static ServiceEntry of(ServiceRecord record) {
			return new ServiceEntry(record.serviceId(), ApiResponse.timestamp(record.serviceDate()),
					record.odometerKm(), record.tasks(), new ServiceDetails(record.type()),
					new ServiceCost(record.totalCost(), record.currency()));
		}

	}

}
