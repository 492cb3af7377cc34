/**
 * The Smartcar webhook events the app received, kept in memory and shown on a page.
 */
package org.smartcarboot.sample.webhooks;
