/**
 * Smartcar's management API, authenticated with the application management token
 * ({@link org.smartcarboot.management.SmartcarManagementService}): the vehicles connected
 * to the application, disconnecting them, and removing webhook subscriptions.
 */
@NullMarked
package org.smartcarboot.management;

import org.jspecify.annotations.NullMarked;
