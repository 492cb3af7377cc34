package org.smartcarboot.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for browser tests, from Debian's {@code chromium} and
 * {@code chromium-driver} packages. Without them, tests fail on CI (which installs them)
 * and are skipped elsewhere.
 */
final class BrowserSupport {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private BrowserSupport() {
	}

	/**
	 * Fails when Chromium is missing on CI, otherwise skips the calling test.
	 */
	static void requireChromium() {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		String missing = CHROMIUM + " or " + CHROMEDRIVER + " is missing";
		if (!installed && System.getenv("CI") != null) {
			fail(missing + "; the CI job must install them (apt-get install chromium chromium-driver)");
		}
		assumeTrue(installed, missing + "; run apt-get install chromium chromium-driver to run the browser tests");
	}

	/**
	 * Starts a headless Chromium with a fresh profile.
	 * @param profile an empty directory for the profile
	 * @return the driver, to {@link WebDriver#quit() quit} after the test
	 */
	static WebDriver startChromium(Path profile) {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
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
