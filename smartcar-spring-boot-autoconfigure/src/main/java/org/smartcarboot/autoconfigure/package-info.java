/**
 * Auto-configuration of Smartcar Connect login, token handling and the Smartcar vehicle
 * API.
 */
@NullMarked
package org.smartcarboot.autoconfigure;

import org.jspecify.annotations.NullMarked;
