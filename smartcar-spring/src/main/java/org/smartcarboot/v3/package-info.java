/**
 * Records of Smartcar's vehicle API v3 (preview), in its JSON:API shape: the vehicle and
 * its signals. Read them through {@link org.smartcarboot.vehicle.SmartcarVehicle#v3()}.
 */
@NullMarked
package org.smartcarboot.v3;

import org.jspecify.annotations.NullMarked;
