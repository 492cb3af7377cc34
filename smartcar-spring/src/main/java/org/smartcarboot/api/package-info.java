/**
 * What every Smartcar call shares: {@link org.smartcarboot.api.SmartcarResponse} with its
 * {@link org.smartcarboot.api.ResponseMeta}, the {@link org.smartcarboot.api.UnitSystem}
 * and the exchange that turns answers into responses or exceptions.
 */
@NullMarked
package org.smartcarboot.api;

import org.jspecify.annotations.NullMarked;
