/**
 * Smartcar Connect: the OAuth2 client registration and the Connect parameters of the
 * authorization request.
 */
package org.smartcarboot.connect;
