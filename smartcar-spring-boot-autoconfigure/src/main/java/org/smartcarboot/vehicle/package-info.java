/**
 * The Smartcar vehicle API: {@link org.smartcarboot.vehicle.SmartcarVehicleService} and
 * the typed responses it returns.
 */
package org.smartcarboot.vehicle;
