package org.smartcarboot.sample;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartcarboot.simulator.Powertrain;
import org.smartcarboot.simulator.SimulatedDelivery;
import org.smartcarboot.simulator.SimulatedVehicle;
import org.smartcarboot.simulator.SimulatedVehicle.ChargeState;
import org.smartcarboot.simulator.SimulatedVehicle.TirePressures;
import org.smartcarboot.simulator.SmartcarSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app in a real headless Chromium or Chrome, on the embedded simulator:
 * connect, read the cars (battery and charging or fuel, locks, tires, data age), lock and
 * unlock, start and stop charging, log out, decline, and see a webhook delivery on the
 * events page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleAppBrowserTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	/**
	 * The simulated cars' makes as the page writes them.
	 */
	private static final Map<String, String> MAKES = Map.of("TESLA", "Tesla", "FORD", "Ford", "VOLKSWAGEN",
			"Volkswagen", "TOYOTA", "Toyota");

	@LocalServerPort
	private int port;

	@Autowired
	private SmartcarSimulator simulator;

	private Path profile;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() throws Exception {
		ChromeInstallation installation = BrowserSupport.requireBrowser();
		this.profile = BrowserSupport.newProfile();
		this.browser = BrowserSupport.startBrowser(installation, this.profile);
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
			WebElement card = card(vehicle);
			assertThat(text(card, "make") + " " + text(card, "model")).isEqualTo(name(vehicle));
			assertThat(text(card, "year")).isEqualTo(String.valueOf(vehicle.year()));
			assertThat(text(card, "vin")).isEqualTo(vehicle.vin());
			assertThat(text(card, "odometer")).isEqualTo(String.format(Locale.ROOT, "%,.1f km", vehicle.odometerKm()));
			assertThat(text(card, "location")).isEqualTo(vehicle.latitude() + ", " + vehicle.longitude());
		}

		assertThat(text(card(first), "lock-status")).isEqualTo("Unlocked");

		assertThat(clickAndWaitForResult("lock-" + first.id())).isEqualTo("Lock sent to " + name(first) + ".");
		assertThat(this.simulator.vehicle(first.id()).isLocked()).isTrue();
		assertThat(text(card(first), "lock-status")).isEqualTo("Locked");

		assertThat(clickAndWaitForResult("unlock-" + first.id())).isEqualTo("Unlock sent to " + name(first) + ".");
		assertThat(this.simulator.vehicle(first.id()).isLocked()).isFalse();
		assertThat(text(card(first), "lock-status")).isEqualTo("Unlocked");

		this.browser.findElement(By.id("logout")).click();
		waitForPath("/");
		assertThat(this.browser.findElement(By.id("signed-out")).getText()).isEqualTo("You are signed out.");
		assertThat(this.browser.findElements(By.id("vehicles"))).as("link to the vehicles page").isEmpty();
		this.browser.get("http://localhost:" + this.port + "/vehicles");
		waitForPath("/");
		assertThat(this.browser.findElement(By.id("sign-in-required")).getText()).startsWith("Please sign in");
	}

	@Test
	void onANarrowScreenVinsStayOnOneLine() {
		this.browser.manage().window().setSize(new Dimension(320, 800));

		connect("allow");
		waitForPath("/vehicles");

		for (SimulatedVehicle vehicle : this.simulator.vehicles()) {
			WebElement vin = card(vehicle).findElement(By.className("vin"));
			WebElement odometer = card(vehicle).findElement(By.className("odometer"));
			assertThat(vin.getSize().getHeight()).as("height of %s", vehicle.vin())
				.isLessThanOrEqualTo(odometer.getSize().getHeight());
		}
	}

	@Test
	void cardsShowBatteryAndChargeOfElectricCarsAndFuelOfCombustionCars() {
		SimulatedVehicle electric = pluggedInNotCharging(this.simulator.vehicles().get(0));
		electric.setLocked(true);
		SimulatedVehicle combustion = this.simulator.vehicles().get(3);
		assertThat(combustion.powertrain()).isEqualTo(Powertrain.COMBUSTION);
		combustion.setLocked(false);
		combustion.setFuelPercentRemaining(0.64);

		connect("allow");
		waitForPath("/vehicles");

		WebElement electricCard = card(electric);
		assertThat(text(electricCard, "battery")).isEqualTo(String.format(Locale.ROOT, "%d%% \u00b7 %,.1f km range",
				Math.round(electric.batteryPercentRemaining() * 100), electric.rangeKm()));
		assertThat(text(electricCard, "charge")).isEqualTo("Plugged in, not charging");
		assertThat(text(electricCard, "lock-status")).isEqualTo("Locked");
		assertThat(text(electricCard, "tire-pressure")).isEqualTo(tirePressures(electric));
		assertThat(text(electricCard, "data-age")).isEqualTo("Data from 3 minutes ago");
		assertThat(electricCard.findElements(By.className("fuel"))).isEmpty();
		assertThat(electricCard.findElements(By.className("unavailable"))).isEmpty();

		WebElement combustionCard = card(combustion);
		assertThat(text(combustionCard, "fuel")).isEqualTo(String.format(Locale.ROOT,
				"64%% \u00b7 %,.1f L \u00b7 %,.1f km range", combustion.fuelLitres(), combustion.rangeKm()));
		assertThat(text(combustionCard, "lock-status")).isEqualTo("Unlocked");
		assertThat(text(combustionCard, "tire-pressure")).isEqualTo(tirePressures(combustion));
		assertThat(text(combustionCard, "data-age")).isEqualTo("Data from 3 minutes ago");
		assertThat(combustionCard.findElements(By.cssSelector(".battery, .charge, .unavailable"))).isEmpty();
		assertThat(combustionCard.findElements(By.cssSelector("button")))
			.extracting((button) -> button.getAttribute("id"))
			.containsExactly("lock-" + combustion.id(), "unlock-" + combustion.id());
	}

	@Test
	void startAndStopChargingChangeTheChargeStateOnThePage() {
		SimulatedVehicle electric = pluggedInNotCharging(this.simulator.vehicles().get(0));

		connect("allow");
		waitForPath("/vehicles");
		assertThat(text(card(electric), "charge")).isEqualTo("Plugged in, not charging");
		assertThat(this.browser.findElements(By.id("stop-charge-" + electric.id()))).isEmpty();

		this.simulator.resetRequestCounts();
		assertThat(clickAndWaitForResult("start-charge-" + electric.id()))
			.isEqualTo("Start charging sent to " + name(electric) + ".");
		assertThat(this.simulator.requestCount("POST", "/v2.0/vehicles/{id}/charge")).as("commands sent").isOne();
		assertThat(electric.chargeState()).isEqualTo(ChargeState.CHARGING);
		assertThat(text(card(electric), "charge")).isEqualTo("Plugged in, charging");
		assertThat(this.browser.findElements(By.id("start-charge-" + electric.id()))).isEmpty();

		assertThat(clickAndWaitForResult("stop-charge-" + electric.id()))
			.isEqualTo("Stop charging sent to " + name(electric) + ".");
		assertThat(this.simulator.requestCount("POST", "/v2.0/vehicles/{id}/charge")).as("commands sent").isEqualTo(2);
		assertThat(electric.chargeState()).isEqualTo(ChargeState.NOT_CHARGING);
		assertThat(text(card(electric), "charge")).isEqualTo("Plugged in, not charging");
		assertThat(this.browser.findElements(By.id("start-charge-" + electric.id()))).hasSize(1);
		assertThat(this.browser.findElements(By.id("stop-charge-" + electric.id()))).isEmpty();
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

	@Test
	void aSimulatedWebhookDeliveryShowsUpOnTheEventsPage() {
		SimulatedVehicle car = this.simulator.vehicles().get(1);
		connect("allow");
		waitForPath("/vehicles");

		SimulatedDelivery delivery = this.simulator.webhooks()
			.deliverVehicleState("http://localhost:" + this.port + "/smartcar/webhooks", car.id(), "closure-islocked");
		assertThat(delivery.status()).isEqualTo(200);

		this.browser.findElement(By.id("webhook-events")).click();
		waitForPath("/webhook-events");
		WebElement event = this.browser
			.findElement(By.cssSelector(".webhook-event[data-event-id='" + delivery.eventId() + "']"));
		assertThat(event.findElement(By.className("event-kind")).getText()).isEqualTo("Vehicle state");
		assertThat(event.findElement(By.className("event-vehicle")).getText())
			.isEqualTo(car.make() + " " + car.model());
		assertThat(event.findElement(By.className("event-details")).getText())
			.contains("closure-islocked: {\"value\":" + car.isLocked() + "}");
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

	/**
	 * Leaves an electric car plugged in, below its charge limit and not charging
	 * (unplugging stops charging).
	 */
	private static SimulatedVehicle pluggedInNotCharging(SimulatedVehicle vehicle) {
		vehicle.setBatteryPercentRemaining(0.62);
		vehicle.setChargeLimit(0.8);
		vehicle.setPluggedIn(false);
		vehicle.setPluggedIn(true);
		assertThat(vehicle.chargeState()).isEqualTo(ChargeState.NOT_CHARGING);
		return vehicle;
	}

	private static String tirePressures(SimulatedVehicle vehicle) {
		TirePressures kpa = vehicle.tirePressures();
		return String.format(Locale.ROOT, "FL %.0f \u00b7 FR %.0f \u00b7 RL %.0f \u00b7 RR %.0f kPa", kpa.frontLeft(),
				kpa.frontRight(), kpa.backLeft(), kpa.backRight());
	}

	private static String name(SimulatedVehicle vehicle) {
		return MAKES.get(vehicle.make()) + " " + vehicle.model();
	}

	private WebElement card(SimulatedVehicle vehicle) {
		return this.browser.findElement(By.id("vehicle-" + vehicle.id()));
	}

	private static String text(WebElement card, String className) {
		return card.findElement(By.className(className)).getText();
	}

}
