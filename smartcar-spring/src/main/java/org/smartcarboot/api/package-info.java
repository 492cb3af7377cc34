/**
 * What every Smartcar call shares: {@link org.smartcarboot.api.SmartcarResponse} with its
 * {@link org.smartcarboot.api.ResponseMeta}, the {@link org.smartcarboot.api.UnitSystem},
 * the exchange that turns answers into responses or exceptions, and the observation
 * convention that names and tags every call.
 */
@NullMarked
package org.smartcarboot.api;

import org.jspecify.annotations.NullMarked;
