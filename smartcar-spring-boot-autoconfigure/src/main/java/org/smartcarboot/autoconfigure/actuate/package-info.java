/**
 * Actuator and Micrometer for Smartcar: the {@code smartcar} health contributor, endpoint
 * and info contribution, and the token meters.
 */
@NullMarked
package org.smartcarboot.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
