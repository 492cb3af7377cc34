/**
 * The Smartcar sample web app.
 */
package org.smartcarboot.sample;
