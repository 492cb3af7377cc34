/**
 * Runs the sample app on the embedded Smartcar simulator when no Smartcar credentials are
 * configured.
 */
package org.smartcarboot.sample.simulator;
