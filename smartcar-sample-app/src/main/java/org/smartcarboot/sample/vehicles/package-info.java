/**
 * The vehicles page: what Smartcar knows about each connected car, and its lock and
 * unlock commands.
 */
package org.smartcarboot.sample.vehicles;
