package org.smartcarboot.simulator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The HTML pages of simulated Connect: the consent page and the error page, styled by an
 * inline style sheet (the simulator serves no files). Everything echoed from a request is
 * HTML-escaped.
 */
final class ConnectPages {

	private static final String TITLE = "Smartcar Connect (simulator)";

	/**
	 * The mode of every vehicle the simulator offers, whatever mode the application asks
	 * for: they exist only in the simulator.
	 */
	private static final String SIMULATED = "simulated";

	private static final String STYLE = """
			:root { --ink: #1d2433; --muted: #5b6475; --accent: #2f5bea; --accent-dark: #2446b8;
				--border: #dde2ec; --background: #f3f5f9; --badge: #fff4d6; --badge-border: #f0c75e; }
			* { box-sizing: border-box; }
			body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5;
				color: var(--ink); background: var(--background); }
			main { max-width: 32rem; margin: 2rem auto; padding: 1.75rem; background: #fff;
				border: 1px solid var(--border); border-radius: 0.8rem; }
			.brand { margin: 0 0 1rem; font-weight: 700; color: var(--muted); }
			.badge { display: inline-block; margin: 0 0 1rem; padding: 0.2rem 0.6rem; font-size: 0.85rem;
				background: var(--badge); border: 1px solid var(--badge-border); border-radius: 1rem; }
			h1 { margin: 0 0 0.5rem; font-size: 1.4rem; line-height: 1.3; }
			h2 { margin: 1.5rem 0 0.5rem; font-size: 1rem; }
			ul { margin: 0; padding: 0; list-style: none; }
			li { padding: 0.5rem 0; border-bottom: 1px solid var(--border); }
			li:last-child { border-bottom: 0; }
			#scopes li::before { content: "\\2713"; margin-right: 0.6rem; color: var(--accent); font-weight: 700; }
			.muted, .vin { color: var(--muted); }
			.vin { display: block; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
				font-size: 0.85rem; white-space: nowrap; }
			form { display: flex; gap: 0.75rem; justify-content: flex-end; margin-top: 1.75rem; }
			button { padding: 0.6rem 1.4rem; font: inherit; font-weight: 600; color: #fff; background: var(--accent);
				border: 1px solid var(--accent); border-radius: 0.4rem; cursor: pointer; }
			button:hover { background: var(--accent-dark); }
			button.secondary { color: var(--accent); background: transparent; }
			#error { padding: 0.75rem 1rem; background: #fdecec; border: 1px solid #f3b4b4; border-radius: 0.4rem; }
			""";

	private ConnectPages() {
	}

	/**
	 * The consent page: the application's name, the cars on offer, the requested
	 * permissions in words, the mode, and a form posting the user's decision to
	 * {@code /oauth/consent}.
	 * @param applicationName the name of the application asking for access
	 * @param requestId the pending authorization request id, posted back as
	 * {@code request_id}
	 * @param vehicles the cars to list
	 * @param scopes the requested permissions
	 * @param requestedMode the Connect mode the application asked for; the page shows the
	 * simulated mode, and the requested one when it differs
	 * @return the HTML document
	 */
	static String consent(String applicationName, String requestId, List<SimulatedVehicle> vehicles,
			List<String> scopes, String requestedMode) {
		String vehicleList = vehicles.isEmpty() ? "<p id=\"no-vehicles\">No vehicles match this request.</p>"
				: list("vehicles", vehicles.stream().map(ConnectPages::vehicle).toList());
		String scopeList = scopes.isEmpty() ? "<p id=\"no-scopes\">No permissions requested.</p>"
				: list("scopes", scopes.stream().map((scope) -> escape(ConnectPermissions.describe(scope))).toList());
		String requested = SIMULATED.equals(requestedMode) ? ""
				: " <span class=\"muted\">(the app asked for <span id=\"requested-mode\">%s</span>)</span>"
					.formatted(escape(requestedMode));
		return page("""
				<p class="brand">Smartcar Connect</p>
				<p class="badge">Simulator: no real vehicle is reached</p>
				<h1><span id="app-name">%s</span> wants to access your vehicles</h1>
				<p>Mode: <strong id="mode">%s</strong>%s</p>
				<h2>Vehicles</h2>
				%s
				<h2>Permissions</h2>
				%s
				<form method="post" action="/oauth/consent">
				<input type="hidden" name="request_id" value="%s">
				<button id="deny" class="secondary" name="decision" value="deny">Deny</button>
				<button id="allow" name="decision" value="allow">Allow</button>
				</form>
				""".formatted(escape(applicationName), SIMULATED, requested, vehicleList, scopeList,
				escape(requestId)));
	}

	/**
	 * An error page naming the problem with the request.
	 * @param problem the problem
	 * @return the HTML document
	 */
	static String error(String problem) {
		return page("""
				<p class="brand">Smartcar Connect</p>
				<p class="badge">Simulator: no real vehicle is reached</p>
				<h1>Something is wrong with this request</h1>
				<p id="error">%s</p>
				""".formatted(escape(problem)));
	}

	private static String vehicle(SimulatedVehicle vehicle) {
		return "<strong>" + escape(make(vehicle.make()) + " " + vehicle.model()) + "</strong> " + vehicle.year()
				+ "<span class=\"vin\">VIN " + escape(vehicle.vin()) + "</span>";
	}

	/**
	 * Writes a simulated car's make, an upper-case id such as {@code VOLKSWAGEN}, as the
	 * brand does: {@code Volkswagen}.
	 */
	private static String make(String make) {
		return make.charAt(0) + make.substring(1).toLowerCase(Locale.ROOT);
	}

	private static String list(String id, List<String> escapedItems) {
		return escapedItems.stream()
			.map((item) -> "<li>" + item + "</li>")
			.collect(Collectors.joining("\n", "<ul id=\"" + id + "\">\n", "\n</ul>"));
	}

	private static String page(String body) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<style>
				%s</style>
				</head>
				<body>
				<main>
				%s</main>
				</body>
				</html>
				""".formatted(TITLE, STYLE, body);
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
