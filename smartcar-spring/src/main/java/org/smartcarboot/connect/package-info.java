/**
 * Smartcar Connect: the OAuth2 client registration and the Connect parameters of the
 * authorization request.
 */
@NullMarked
package org.smartcarboot.connect;

import org.jspecify.annotations.NullMarked;
