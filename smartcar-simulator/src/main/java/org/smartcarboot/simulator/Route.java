package org.smartcarboot.simulator;

/**
 * One endpoint of the simulated vehicle API: what it matches, whose token it needs and
 * what it answers.
 *
 * @param endpoint the method and path template
 * @param access the token the request must carry
 * @param handler computes the response body
 */
record Route(Endpoint endpoint, Access access, Handler handler) {

	/**
	 * A route for the driver's access token.
	 * @param method the HTTP method
	 * @param pathTemplate the path template, for example
	 * {@code /v2.0/vehicles/{id}/odometer}
	 * @param handler computes the response body
	 * @return the route
	 */
	static Route of(String method, String pathTemplate, Handler handler) {
		return new Route(Endpoint.of(method, pathTemplate), Access.DRIVER, handler);
	}

	/**
	 * The token a route needs.
	 */
	enum Access {

		/**
		 * A valid access token issued for the driver.
		 */
		DRIVER,

		/**
		 * The application management token.
		 */
		APPLICATION

	}

	/**
	 * Computes a route's response body.
	 */
	@FunctionalInterface
	interface Handler {

		/**
		 * Handles a request.
		 * @param request the request
		 * @return the response body, serialized to JSON
		 * @throws ApiError to answer with an error instead
		 */
		Object handle(ApiRequest request);

	}

}
