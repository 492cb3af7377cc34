package org.smartcarboot.simulator;

import java.util.List;

/**
 * The routes of one feature of the simulated vehicle API, for example charging.
 */
interface RouteGroup {

	/**
	 * The routes this feature serves.
	 * @return the routes
	 */
	List<Route> routes();

}
