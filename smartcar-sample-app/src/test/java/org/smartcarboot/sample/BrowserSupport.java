package org.smartcarboot.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Headless Chromium or Google Chrome for browser tests, found by
 * {@link ChromeInstallation}. Without a browser or its driver, tests fail on CI (the
 * environment variable {@code CI} is set, and not to {@code false}) and are skipped
 * elsewhere, saying what is missing.
 */
final class BrowserSupport {

	private BrowserSupport() {
	}

	/**
	 * Finds the browser and its driver; fails when one is missing on CI, otherwise skips
	 * the calling test.
	 * @return the browser and its driver
	 */
	static ChromeInstallation requireBrowser() {
		try {
			return ChromeInstallation.find(System.getenv(), System.getProperty("os.name"));
		}
		catch (ChromeInstallation.NotFoundException ex) {
			String advice = "install Chromium or Google Chrome with the matching ChromeDriver (Debian: apt-get install "
					+ "chromium chromium-driver), or point " + ChromeInstallation.BROWSER_VARIABLE + " and "
					+ ChromeInstallation.DRIVER_VARIABLE + " at them";
			if (isCi(System.getenv("CI"))) {
				return fail("The browser test cannot run on CI: " + ex.getMessage() + "; " + advice, ex);
			}
			return abort("Browser test skipped: " + ex.getMessage() + "; to run it, " + advice);
		}
	}

	/**
	 * Tells whether the build runs on CI, as the {@code CI} variable that CI services set
	 * says.
	 * @param ci the value of {@code CI}, or {@code null}
	 * @return whether it is set, and not to {@code false}
	 */
	static boolean isCi(String ci) {
		return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci.trim());
	}

	/**
	 * Starts a headless browser with a fresh profile.
	 * @param installation the browser and its driver
	 * @param profile an empty directory for the profile
	 * @return the driver, to {@link WebDriver#quit() quit} after the test
	 */
	static WebDriver startBrowser(ChromeInstallation installation, Path profile) {
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(installation.driver().toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(installation.browser().toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--user-data-dir=" + profile);
		return new ChromeDriver(service, options);
	}

	/**
	 * Creates an empty profile directory.
	 */
	static Path newProfile() throws IOException {
		return Files.createTempDirectory("smartcar-sample-chromium-");
	}

	/**
	 * Deletes a profile directory; best effort, as Chromium may still be writing to it
	 * while it exits.
	 */
	static void deleteProfile(Path profile) {
		try {
			FileSystemUtils.deleteRecursively(profile);
		}
		catch (IOException ex) {
			profile.toFile().deleteOnExit();
		}
	}

}
