/**
 * Ties a {@link org.smartcarboot.simulator.SmartcarSimulator} to a Spring Boot
 * application context: stops it with the context, and allows the application's Connect
 * callback once its web server listens. Needs Spring Boot on the classpath, which the
 * simulator declares as an optional dependency.
 */
package org.smartcarboot.simulator.boot;
