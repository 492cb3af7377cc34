/**
 * Fleet reads: {@link org.smartcarboot.fleet.SmartcarFleetReader} reads many vehicles of
 * many drivers with bounded concurrency, collecting a value or a failure per vehicle,
 * waiting out Smartcar's rate limits per vehicle and reporting its progress.
 */
@NullMarked
package org.smartcarboot.fleet;

import org.jspecify.annotations.NullMarked;
