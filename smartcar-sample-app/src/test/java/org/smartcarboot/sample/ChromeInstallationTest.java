package org.smartcarboot.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How the browser tests find a browser and its driver on Linux, macOS and Windows, in
 * folders made up for each test (executable files stand in for the programs).
 */
class ChromeInstallationTest {

	@TempDir
	Path root;

	private final Map<String, String> environment = new HashMap<>();

	@BeforeEach
	void requirePosixPermissions() {
		assumeTrue(this.root.getFileSystem().supportedFileAttributeViews().contains("posix"),
				"executable bits need a POSIX file system");
	}

	@Test
	void onLinuxTheFirstBrowserNameOnThePathWinsAndTheDriverComesFromThePath() throws IOException {
		Path usrBin = executable("usr/bin/chromium-browser").getParent();
		executable("usr/bin/chromedriver");
		Path local = executable("usr/local/bin/google-chrome").getParent();
		this.environment.put("PATH", this.root.resolve("empty") + ":" + local + ":" + usrBin);

		ChromeInstallation installation = ChromeInstallation.find(this.environment, "Linux");

		assertThat(installation.browser()).isEqualTo(local.resolve("google-chrome"));
		assertThat(installation.driver()).isEqualTo(usrBin.resolve("chromedriver"));
	}

	@Test
	void aFileThatIsNotExecutableIsPassedOver() throws IOException {
		Path bin = executable("bin/chromedriver").getParent();
		Files.createFile(bin.resolve("chromium"));
		executable("bin/google-chrome-stable");
		this.environment.put("PATH", bin.toString());

		assertThat(ChromeInstallation.find(this.environment, "Linux").browser())
			.isEqualTo(bin.resolve("google-chrome-stable"));
	}

	@Test
	void environmentVariablesNameTheBrowserAndDriverAndWinOverThePath() throws IOException {
		Path bin = executable("bin/chromium").getParent();
		executable("bin/chromedriver");
		Path browser = executable("opt/chrome/chrome");
		Path driver = executable("opt/chrome/chromedriver-linux64");
		this.environment.put("PATH", bin.toString());
		this.environment.put("CHROME_BIN", browser.toString());
		this.environment.put("CHROMEDRIVER", driver.toString());

		assertThat(ChromeInstallation.find(this.environment, "Linux"))
			.isEqualTo(new ChromeInstallation(browser, driver));
	}

	@Test
	void aVariableNamingAMissingFileIsReportedAndNotReplacedByThePath() throws IOException {
		Path bin = executable("bin/chromium").getParent();
		executable("bin/chromedriver");
		this.environment.put("PATH", bin.toString());
		this.environment.put("CHROME_BIN", this.root.resolve("no/such/chrome").toString());

		assertThatExceptionOfType(ChromeInstallation.NotFoundException.class)
			.isThrownBy(() -> ChromeInstallation.find(this.environment, "Linux"))
			.withMessage("CHROME_BIN=" + this.root.resolve("no/such/chrome") + " is not an executable file");
	}

	@Test
	void onMacOsTheApplicationInTheUsersApplicationsFolderIsFound() throws IOException {
		Path chrome = executable("Users/driver/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
		Path brew = executable("opt/homebrew/bin/chromedriver").getParent();
		this.environment.put("HOME", this.root.resolve("Users/driver").toString());
		this.environment.put("PATH", brew.toString());

		assertThat(ChromeInstallation.find(this.environment, "Mac OS X"))
			.isEqualTo(new ChromeInstallation(chrome, brew.resolve("chromedriver")));
	}

	@Test
	void onWindowsExeNamesOnThePathAndTheInstallersFoldersAreSearched() throws IOException {
		Path tools = executable("tools/chromedriver.exe").getParent();
		executable("tools/chromedriver");
		Path chrome = executable("AppData/Local/Google/Chrome/Application/chrome.exe");
		this.environment.put("PATH", this.root.resolve("Windows") + ";" + tools);
		this.environment.put("ProgramFiles", this.root.resolve("Program Files").toString());
		this.environment.put("LOCALAPPDATA", this.root.resolve("AppData/Local").toString());

		assertThat(ChromeInstallation.find(this.environment, "Windows 11"))
			.isEqualTo(new ChromeInstallation(chrome, tools.resolve("chromedriver.exe")));
	}

	@Test
	void withNothingInstalledTheMessageNamesBothProgramsAndTheirVariables() {
		this.environment.put("PATH", this.root.toString());

		assertThatExceptionOfType(ChromeInstallation.NotFoundException.class)
			.isThrownBy(() -> ChromeInstallation.find(this.environment, "Linux"))
			.withMessage(
					"no Chromium or Google Chrome found on the PATH or where its installer puts it, and CHROME_BIN "
							+ "is not set; no ChromeDriver found on the PATH, and CHROMEDRIVER is not set");
	}

	@Test
	void ciIsOnWhenItsVariableIsSetToAnythingButFalse() {
		assertThat(BrowserSupport.isCi("true")).isTrue();
		assertThat(BrowserSupport.isCi("1")).isTrue();
		assertThat(BrowserSupport.isCi("false")).isFalse();
		assertThat(BrowserSupport.isCi("")).isFalse();
		assertThat(BrowserSupport.isCi(null)).isFalse();
	}

	private Path executable(String relativePath) throws IOException {
		Path file = this.root.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		return file;
	}

}
