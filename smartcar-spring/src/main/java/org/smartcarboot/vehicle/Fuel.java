package org.smartcarboot.vehicle;

import org.jspecify.annotations.Nullable;

/**
 * The fuel left in a vehicle's tank. Smartcar leaves a value {@code null} where the
 * vehicle does not report it (some vehicles sold in Europe).
 *
 * @param range the estimated distance the vehicle can still travel, in kilometers or
 * miles as {@link org.smartcarboot.api.ResponseMeta#unitSystem()} says, or {@code null}
 * @param percentRemaining the fuel left as a fraction of the tank, from 0 to 1, or
 * {@code null}
 * @param amountRemaining the fuel left, in liters or US gallons, or {@code null}
 */
public record Fuel(@Nullable Double range, @Nullable Double percentRemaining, @Nullable Double amountRemaining) {

}
