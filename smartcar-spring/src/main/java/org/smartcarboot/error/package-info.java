/**
 * Errors answered by Smartcar, as {@link org.smartcarboot.error.SmartcarException}.
 */
@NullMarked
package org.smartcarboot.error;

import org.jspecify.annotations.NullMarked;
