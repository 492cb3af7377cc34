package org.smartcarboot.sample;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Chromium or Google Chrome browser and its ChromeDriver for the browser tests,
 * on Linux, macOS and Windows. An environment variable names either exactly, and is then
 * the only place looked at: {@value #BROWSER_VARIABLE} the browser,
 * {@value #DRIVER_VARIABLE} the driver. Without it, the browser is looked for on the
 * {@code PATH} ({@code chromium}, {@code chromium-browser}, {@code google-chrome},
 * {@code google-chrome-stable}, {@code chrome}; {@code chrome.exe} and
 * {@code chromium.exe} on Windows) and then where the installers put it (the
 * {@code Applications} folders on macOS, {@code Program Files} and the user's
 * {@code AppData\Local} on Windows), the driver on the {@code PATH}
 * ({@code chromedriver}, {@code chromedriver.exe} on Windows).
 *
 * @param browser the browser's executable
 * @param driver ChromeDriver's executable
 */
record ChromeInstallation(Path browser, Path driver) {

	/**
	 * The environment variable naming the browser's executable.
	 */
	static final String BROWSER_VARIABLE = "CHROME_BIN";

	/**
	 * The environment variable naming ChromeDriver's executable.
	 */
	static final String DRIVER_VARIABLE = "CHROMEDRIVER";

	private static final List<String> UNIX_BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
			"google-chrome-stable", "chrome");

	private static final List<String> WINDOWS_BROWSERS = List.of("chrome.exe", "chromium.exe");

	private static final List<String> MAC_APPLICATIONS = List.of("Google Chrome.app/Contents/MacOS/Google Chrome",
			"Chromium.app/Contents/MacOS/Chromium");

	private static final List<String> WINDOWS_INSTALLATIONS = List.of("Google/Chrome/Application/chrome.exe",
			"Chromium/Application/chrome.exe");

	private static final List<String> WINDOWS_INSTALLATION_ROOTS = List.of("ProgramFiles", "ProgramFiles(x86)",
			"LOCALAPPDATA");

	/**
	 * Finds the browser and its driver.
	 * @param environment the environment variables, such as {@link System#getenv()}
	 * @param osName the operating system's name, such as the {@code os.name} system
	 * property
	 * @return the installation
	 * @throws NotFoundException naming what is missing and where it was looked for
	 */
	static ChromeInstallation find(Map<String, String> environment, String osName) {
		OperatingSystem os = OperatingSystem.of(osName);
		Optional<Path> browser = find(environment, BROWSER_VARIABLE, browserCandidates(environment, os));
		Optional<Path> driver = find(environment, DRIVER_VARIABLE,
				onPath(environment, os, List.of(os.executable("chromedriver"))));
		List<String> missing = new ArrayList<>();
		if (browser.isEmpty()) {
			missing.add(describeMissing(environment, BROWSER_VARIABLE,
					"Chromium or Google Chrome found on the PATH or where its installer puts it"));
		}
		if (driver.isEmpty()) {
			missing.add(describeMissing(environment, DRIVER_VARIABLE, "ChromeDriver found on the PATH"));
		}
		if (!missing.isEmpty()) {
			throw new NotFoundException(String.join("; ", missing));
		}
		return new ChromeInstallation(browser.get(), driver.get());
	}

	private static Optional<Path> find(Map<String, String> environment, String variable, Stream<Path> candidates) {
		String named = environment.get(variable);
		if (named != null && !named.isBlank()) {
			return Stream.of(named.trim())
				.flatMap(ChromeInstallation::path)
				.filter(ChromeInstallation::isExecutable)
				.findFirst();
		}
		return candidates.filter(ChromeInstallation::isExecutable).findFirst();
	}

	private static Stream<Path> browserCandidates(Map<String, String> environment, OperatingSystem os) {
		Stream<Path> installed = switch (os) {
			case MAC -> Stream
				.concat(Stream.of("/Applications"), variable(environment, "HOME").map((home) -> home + "/Applications"))
				.flatMap((folder) -> MAC_APPLICATIONS.stream().map((application) -> folder + "/" + application))
				.flatMap(ChromeInstallation::path);
			case WINDOWS -> WINDOWS_INSTALLATION_ROOTS.stream()
				.flatMap((root) -> variable(environment, root))
				.flatMap((root) -> WINDOWS_INSTALLATIONS.stream().map((installation) -> root + "/" + installation))
				.flatMap(ChromeInstallation::path);
			case OTHER -> Stream.empty();
		};
		List<String> names = (os == OperatingSystem.WINDOWS) ? WINDOWS_BROWSERS : UNIX_BROWSERS;
		return Stream.concat(onPath(environment, os, names), installed);
	}

	private static Stream<Path> onPath(Map<String, String> environment, OperatingSystem os, List<String> names) {
		return variable(environment, "PATH").flatMap((path) -> Stream.of(path.split(Pattern.quote(os.pathSeparator()))))
			.filter((folder) -> !folder.isBlank())
			.flatMap((folder) -> names.stream().map((name) -> folder + "/" + name))
			.flatMap(ChromeInstallation::path);
	}

	private static Stream<String> variable(Map<String, String> environment, String name) {
		String value = environment.get(name);
		return (value != null && !value.isBlank()) ? Stream.of(value) : Stream.empty();
	}

	private static Stream<Path> path(String candidate) {
		try {
			return Stream.of(Path.of(candidate));
		}
		catch (InvalidPathException ex) {
			return Stream.empty();
		}
	}

	private static boolean isExecutable(Path candidate) {
		return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
	}

	private static String describeMissing(Map<String, String> environment, String variable, String notFound) {
		String named = environment.get(variable);
		if (named != null && !named.isBlank()) {
			return variable + "=" + named + " is not an executable file";
		}
		return "no " + notFound + ", and " + variable + " is not set";
	}

	/**
	 * Thrown when the browser or its driver is missing.
	 */
	static final class NotFoundException extends RuntimeException {

		NotFoundException(String message) {
			super(message);
		}

	}

	/**
	 * Where the operating systems differ: the {@code PATH} separator, executable names
	 * and the installers' folders.
	 */
	private enum OperatingSystem {

		WINDOWS, MAC, OTHER;

		static OperatingSystem of(String osName) {
			String name = osName.toLowerCase(Locale.ROOT);
			if (name.startsWith("windows")) {
				return WINDOWS;
			}
			return (name.startsWith("mac") || name.startsWith("darwin")) ? MAC : OTHER;
		}

		String pathSeparator() {
			return (this == WINDOWS) ? ";" : ":";
		}

		String executable(String name) {
			return (this == WINDOWS) ? name + ".exe" : name;
		}

	}

}
