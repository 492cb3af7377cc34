/**
 * The Smartcar vehicle API: {@link org.smartcarboot.vehicle.SmartcarVehicleService} and
 * the typed responses it returns.
 */
@NullMarked
package org.smartcarboot.vehicle;

import org.jspecify.annotations.NullMarked;
