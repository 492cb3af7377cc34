package org.smartcarboot.simulator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The HTML pages of simulated Connect: the consent page and the error page. Everything
 * echoed from a request is HTML-escaped.
 */
final class ConnectPages {

	private static final String TITLE = "Smartcar Connect (simulator)";

	private ConnectPages() {
	}

	/**
	 * The consent page: the cars on offer, the requested permissions and mode, and a form
	 * posting the user's decision to {@code /oauth/consent}.
	 * @param requestId the pending authorization request id, posted back as
	 * {@code request_id}
	 * @param vehicles the cars to list
	 * @param scopes the requested permissions
	 * @param mode the Connect mode
	 * @return the HTML document
	 */
	static String consent(String requestId, List<SimulatedVehicle> vehicles, List<String> scopes, String mode) {
		String vehicleList = vehicles.isEmpty() ? "<p id=\"no-vehicles\">No vehicles match this request.</p>"
				: list("vehicles",
						vehicles.stream()
							.map((vehicle) -> vehicle.make() + " " + vehicle.model() + " " + vehicle.year() + " (VIN "
									+ vehicle.vin() + ")")
							.toList());
		String scopeList = scopes.isEmpty() ? "<p id=\"no-scopes\">No permissions requested.</p>"
				: list("scopes", scopes);
		return page("""
				<h1>%s</h1>
				<p>An application asks for access to your vehicles. Mode: <strong id="mode">%s</strong></p>
				<h2>Vehicles</h2>
				%s
				<h2>Permissions</h2>
				%s
				<form method="post" action="/oauth/consent">
				<input type="hidden" name="request_id" value="%s">
				<button id="allow" name="decision" value="allow">Allow</button>
				<button id="deny" name="decision" value="deny">Deny</button>
				</form>
				""".formatted(TITLE, escape(mode), vehicleList, scopeList, escape(requestId)));
	}

	/**
	 * An error page naming the problem with the request.
	 * @param problem the problem
	 * @return the HTML document
	 */
	static String error(String problem) {
		return page("""
				<h1>%s</h1>
				<h2>Something is wrong with this request</h2>
				<p id="error">%s</p>
				""".formatted(TITLE, escape(problem)));
	}

	private static String list(String id, List<String> items) {
		return items.stream()
			.map((item) -> "<li>" + escape(item) + "</li>")
			.collect(Collectors.joining("\n", "<ul id=\"" + id + "\">\n", "\n</ul>"));
	}

	private static String page(String body) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<title>%s</title>
				</head>
				<body>
				%s</body>
				</html>
				""".formatted(TITLE, body);
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char character : text.toCharArray()) {
			switch (character) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(character);
			}
		}
		return escaped.toString();
	}

}
