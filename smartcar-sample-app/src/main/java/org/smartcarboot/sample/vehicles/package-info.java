/**
 * The vehicles page: what Smartcar knows about each connected car (read in one batch
 * request per car), and the lock, unlock and charging commands.
 */
@NullMarked
package org.smartcarboot.sample.vehicles;

import org.jspecify.annotations.NullMarked;
