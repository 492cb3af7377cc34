/**
 * The home page, the Smartcar Connect error page and the friendly error pages.
 */
package org.smartcarboot.sample.web;
