/**
 * Smartcar's compatibility API: whether a vehicle, by VIN, supports the permissions an
 * application needs
 * ({@link org.smartcarboot.compatibility.SmartcarCompatibilityService}), and which makes
 * and models support what, authenticated with the application's client id and secret.
 */
@NullMarked
package org.smartcarboot.compatibility;

import org.jspecify.annotations.NullMarked;
