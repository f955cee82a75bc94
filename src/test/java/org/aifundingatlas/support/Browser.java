package org.aifundingatlas.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by its own chromedriver (named explicitly, so
 * Selenium Manager never tries to download a browser). Paths can be overridden with
 * CHROME_BIN and CHROMEDRIVER.
 */
public final class Browser {

	public static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver";

	private Browser() {
	}

	static File chromium() {
		return new File(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
	}

	static File chromedriver() {
		return new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
	}

	static boolean isInstalled() {
		return chromium().canExecute() && chromedriver().canExecute();
	}

	public static ChromeDriver start() {
		if (!isInstalled()) {
			throw new IllegalStateException("Browser tests need Chromium and chromedriver at " + chromium() + " and "
					+ chromedriver() + ": install them with `" + INSTALL_HINT + "`");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium());
		// --no-sandbox and headless are required when running as root; the network flags
		// keep
		// Chromium from calling home on a machine without internet.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver()).build();
		return new ChromeDriver(service, options);
	}

	public static void resize(ChromeDriver driver, int width, int height) {
		driver.manage().window().setSize(new Dimension(width, height));
	}

	/** Saves a screenshot of the page as target/screenshots/{name}.png. */
	public static Path screenshot(ChromeDriver driver, String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
