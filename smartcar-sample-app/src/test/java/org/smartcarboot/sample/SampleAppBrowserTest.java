package org.smartcarboot.sample;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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

	private String clickAndWaitForResult(String buttonId) {
		WebDriverWait wait = new WebDriverWait(this.browser, TIMEOUT);
		List<WebElement> previousResults = this.browser.findElements(By.id("result"));
		this.browser.findElement(By.id(buttonId)).click();
		previousResults.forEach((previous) -> wait.until(ExpectedConditions.stalenessOf(previous)));
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result"))).getText();
	}

	private static String text(WebElement card, String className) {
		return card.findElement(By.className(className)).getText();
	}

}
