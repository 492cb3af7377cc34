/**
 * Errors answered by Smartcar, as {@link org.smartcarboot.error.SmartcarException}.
 */
package org.smartcarboot.error;
