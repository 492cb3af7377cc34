package org.smartcarboot.sample;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app in a real headless Chromium, on the embedded simulator: connect, read
 * the cars, lock and unlock, log out, and decline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleAppBrowserTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	@LocalServerPort
	private int port;

	@Autowired
	private SmartcarSimulator simulator;

	private Path profile;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		BrowserSupport.requireChromium();
		this.profile = BrowserSupport.newProfile();
		this.browser = BrowserSupport.startChromium(this.profile);
	}

	@AfterEach
	void quitBrowser() {
		try {
			if (this.browser != null) {
				this.browser.quit();
			}
		}
		finally {
			if (this.profile != null) {
				BrowserSupport.deleteProfile(this.profile);
			}
		}
	}

	@Test
	void connectShowsTheCarsAndLocksAndUnlocksThem() {
		SimulatedVehicle first = this.simulator.vehicles().get(0);
		first.setLocked(false);

		connect("allow");
		waitForPath("/vehicles");

		for (SimulatedVehicle vehicle : this.simulator.vehicles()) {
			WebElement card = this.browser.findElement(By.id("vehicle-" + vehicle.id()));
			assertThat(text(card, "make")).isEqualTo(vehicle.make());
			assertThat(text(card, "model")).isEqualTo(vehicle.model());
			assertThat(text(card, "year")).isEqualTo(String.valueOf(vehicle.year()));
			assertThat(text(card, "vin")).isEqualTo(vehicle.vin());
			assertThat(text(card, "odometer")).isEqualTo(String.format(Locale.ROOT, "%,.1f km", vehicle.odometerKm()));
			assertThat(text(card, "location")).isEqualTo(vehicle.latitude() + ", " + vehicle.longitude());
		}

		assertThat(clickAndWaitForResult("lock-" + first.id())).isEqualTo("Lock sent to " + first.make() + " "
				+ first.model() + ": success \u2014 Successfully sent request to vehicle");
		assertThat(this.simulator.vehicle(first.id()).isLocked()).isTrue();

		assertThat(clickAndWaitForResult("unlock-" + first.id()))
			.startsWith("Unlock sent to " + first.make() + " " + first.model() + ": success");
		assertThat(this.simulator.vehicle(first.id()).isLocked()).isFalse();

		this.browser.findElement(By.id("logout")).click();
		waitForPath("/");
		assertThat(this.browser.findElements(By.id("vehicles"))).as("link to the vehicles page").isEmpty();
		this.browser.get("http://localhost:" + this.port + "/vehicles");
		waitForPath("/");
	}

	@Test
	void denyingAccessEndsOnTheConnectErrorPage() {
		connect("deny");
		waitForPath("/connect-error");

		assertThat(this.browser.findElement(By.id("connect-error")).getText()).contains("You declined access");
		this.browser.findElement(By.id("home")).click();
		waitForPath("/");
		assertThat(this.browser.findElement(By.id("connect")).getText()).isEqualTo("Connect a vehicle");
	}

	private void connect(String decision) {
		this.browser.get("http://localhost:" + this.port + "/");
		this.browser.findElement(By.id("connect")).click();
		new WebDriverWait(this.browser, TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.id(decision)))
			.click();
	}

	private void waitForPath(String path) {
		new WebDriverWait(this.browser, TIMEOUT).until((browser) -> {
			URI url = URI.create(browser.getCurrentUrl());
			return url.getPort() == this.port && url.getPath().equals(path);
		});
	}

	/**
	 * Clicks a command button and waits for the page the command redirects to. The old
	 * page is marked, so the wait ends on the new one; the browser may answer oddly while
	 * it navigates, so the wait ignores its errors.
	 */
	private String clickAndWaitForResult(String buttonId) {
		JavascriptExecutor page = (JavascriptExecutor) this.browser;
		page.executeScript("document.documentElement.dataset.replaced = 'no'");
		this.browser.findElement(By.id(buttonId)).click();
		new WebDriverWait(this.browser, TIMEOUT).ignoring(WebDriverException.class)
			.until((browser) -> (Boolean) ((JavascriptExecutor) browser).executeScript(
					"return document.readyState === 'complete' && !document.documentElement.dataset.replaced"));
		return this.browser.findElement(By.id("result")).getText();
	}

	private static String text(WebElement card, String className) {
		return card.findElement(By.className(className)).getText();
	}

}
