package org.smartcarboot.sample.vehicles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.smartcarboot.api.SmartcarResponse;
import org.smartcarboot.api.UnitSystem;
import org.smartcarboot.vehicle.Battery;
import org.smartcarboot.vehicle.BatchResponse;
import org.smartcarboot.vehicle.ChargeStatus;
import org.smartcarboot.vehicle.Fuel;
import org.smartcarboot.vehicle.Location;
import org.smartcarboot.vehicle.LockStatus;
import org.smartcarboot.vehicle.Odometer;
import org.smartcarboot.vehicle.TirePressure;
import org.smartcarboot.vehicle.VehicleAttributes;
import org.smartcarboot.vehicle.VehicleRead;
import org.smartcarboot.vehicle.Vin;

/**
 * What the vehicles page shows about one car, ready to display, built from one batch
 * request. A read the car cannot serve, such as the battery of a combustion car, has no
 * line; a read Smartcar answered with another error has an unavailable line.
 *
 * @param id the Smartcar vehicle id
 * @param name the make, model and year, or {@code null} when they could not be read
 * @param rows the lines of the card, such as the VIN, odometer and battery, in display
 * order
 * @param dataAge how old the oldest value is, such as {@code Data from 3 minutes ago}, or
 * {@code null} when Smartcar did not say
 * @param commands the commands that make sense for the car now: lock and unlock, and
 * start or stop charging for a plugged-in electric car
 */
public record VehicleCard(String id, @Nullable VehicleName name, List<CardRow> rows, @Nullable String dataAge,
		List<VehicleCommand> commands) {

	/**
	 * The reads of a card's batch request.
	 */
	static final List<VehicleRead<?>> READS = List.of(VehicleRead.ATTRIBUTES, VehicleRead.VIN, VehicleRead.ODOMETER,
			VehicleRead.LOCATION, VehicleRead.LOCK_STATUS, VehicleRead.TIRE_PRESSURE, VehicleRead.BATTERY,
			VehicleRead.CHARGE, VehicleRead.FUEL);

	private static final String CHARGING = "CHARGING";

	private static final String NOT_CHARGING = "NOT_CHARGING";

	/**
	 * Builds the card from Smartcar's answer to the {@link #READS} of one car.
	 * @param vehicleId the Smartcar vehicle id
	 * @param batch the answer to the batch request
	 * @param now the current time, to tell the age of the data
	 * @return the card
	 */
	public static VehicleCard of(String vehicleId, BatchResponse batch, Instant now) {
		Reading<VehicleAttributes> attributes = Reading.of(batch, VehicleRead.ATTRIBUTES);
		Reading<Vin> vin = Reading.of(batch, VehicleRead.VIN);
		Reading<Odometer> odometer = Reading.of(batch, VehicleRead.ODOMETER);
		Reading<Location> location = Reading.of(batch, VehicleRead.LOCATION);
		Reading<LockStatus> lockStatus = Reading.of(batch, VehicleRead.LOCK_STATUS);
		Reading<TirePressure> tirePressure = Reading.of(batch, VehicleRead.TIRE_PRESSURE);
		Reading<Battery> battery = Reading.of(batch, VehicleRead.BATTERY);
		Reading<ChargeStatus> charge = Reading.of(batch, VehicleRead.CHARGE);
		Reading<Fuel> fuel = Reading.of(batch, VehicleRead.FUEL);
		List<CardRow> rows = Stream
			.of(vin.row("vin", "VIN", (response) -> response.value().vin()),
					odometer.row("odometer", "Odometer",
							(response) -> CardFormat.distance(response.value().distance(), unitSystem(response))),
					battery.row("battery", "Battery",
							(response) -> CardFormat.battery(response.value(), unitSystem(response))),
					charge.row("charge", "Charging", (response) -> CardFormat.charge(response.value())),
					fuel.row("fuel", "Fuel", (response) -> CardFormat.fuel(response.value(), unitSystem(response))),
					lockStatus.row("lock-status", "Locks", (response) -> CardFormat.lockStatus(response.value())),
					tirePressure.row("tire-pressure", "Tires",
							(response) -> CardFormat.tirePressure(response.value(), unitSystem(response))),
					location.row("location", "Location", (response) -> CardFormat.location(response.value())))
			.filter(Objects::nonNull)
			.toList();
		Instant oldest = Stream.of(attributes, vin, odometer, location, lockStatus, tirePressure, battery, charge, fuel)
			.map(Reading::dataAge)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		VehicleAttributes read = attributes.value();
		return new VehicleCard(vehicleId, (read != null) ? VehicleName.of(read) : null, rows,
				(oldest != null) ? CardFormat.dataAge(oldest, now) : null, commands(charge.value()));
	}

	private static @Nullable UnitSystem unitSystem(SmartcarResponse<?> response) {
		return response.meta().unitSystem();
	}

	/**
	 * Returns the commands that make sense for a car: lock and unlock always; start
	 * charging when it is plugged in and not charging, stop charging while it charges;
	 * neither when it is unplugged, fully charged, or its charge status is unknown.
	 * @param charge the car's charge status, or {@code null} when it has none or it could
	 * not be read
	 * @return the commands
	 */
	static List<VehicleCommand> commands(@Nullable ChargeStatus charge) {
		List<VehicleCommand> commands = new ArrayList<>(List.of(VehicleCommand.LOCK, VehicleCommand.UNLOCK));
		if (charge != null && charge.isPluggedIn()) {
			if (CHARGING.equals(charge.state())) {
				commands.add(VehicleCommand.STOP_CHARGE);
			}
			else if (NOT_CHARGING.equals(charge.state())) {
				commands.add(VehicleCommand.START_CHARGE);
			}
		}
		return List.copyOf(commands);
	}

}
