package org.smartcarboot.vehicle;

import org.jspecify.annotations.Nullable;

/**
 * The air pressure of a vehicle's tires, in kilopascals or pounds per square inch as
 * {@link org.smartcarboot.api.ResponseMeta#unitSystem()} says. A tire the vehicle does
 * not report is {@code null}.
 *
 * @param frontLeft the front left tire's pressure, or {@code null}
 * @param frontRight the front right tire's pressure, or {@code null}
 * @param backLeft the back left tire's pressure, or {@code null}
 * @param backRight the back right tire's pressure, or {@code null}
 */
public record TirePressure(@Nullable Double frontLeft, @Nullable Double frontRight, @Nullable Double backLeft,
		@Nullable Double backRight) {

}
