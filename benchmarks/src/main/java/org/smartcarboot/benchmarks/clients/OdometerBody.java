package org.smartcarboot.benchmarks.clients;

/**
 * The body of Smartcar's odometer answer, as the clients without the library read it.
 *
 * @param distance the distance the vehicle has driven
 */
record OdometerBody(double distance) {

}
