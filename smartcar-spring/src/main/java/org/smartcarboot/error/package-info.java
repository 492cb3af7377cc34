/**
 * Errors answered by Smartcar, as {@link org.smartcarboot.error.SmartcarException} and
 * its subclass for each {@link org.smartcarboot.error.SmartcarErrorCategory}, read by
 * {@link org.smartcarboot.error.SmartcarErrorReader}.
 */
@NullMarked
package org.smartcarboot.error;

import org.jspecify.annotations.NullMarked;
