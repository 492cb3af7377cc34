package org.smartcarboot.simulator;

/**
 * The body of a successful command: {@code {"status": "success", "message": ...}}.
 *
 * @param status always {@code success}
 * @param message what happened
 */
record CommandResult(String status, String message) {

	/**
	 * A command the car accepted.
	 * @return the result
	 */
	static CommandResult sent() {
		return new CommandResult("success", "Successfully sent request to vehicle");
	}

	/**
	 * The body of a successful request without a message: {@code {"status": "success"}}.
	 *
	 * @param status always {@code success}
	 */
	record Status(String status) {

		static Status success() {
			return new Status("success");
		}

	}

}
