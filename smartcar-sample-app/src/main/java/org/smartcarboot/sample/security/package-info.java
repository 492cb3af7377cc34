/**
 * Web security of the sample app: Smartcar Connect login, CSRF and logout.
 */
package org.smartcarboot.sample.security;
