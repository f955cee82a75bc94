package org.aifundingatlas.stats;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.aifundingatlas.support.Browser;
import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources page in headless Chromium: it loads without console errors, switches to
 * Chinese, and fits a 375 px phone.
 */
@OnH2
@BrowserTest
class SourcesBrowserTests {

	private static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void loadsWithoutConsoleErrorsAndSwitchesToChinese() {
		open("/sources?lang=en");
		assertThat(driver.findElements(By.cssSelector("#reconciliation tbody tr"))).isNotEmpty();
		assertThat(severeConsoleMessages()).isEmpty();
		screenshot("sources-desktop", 1280);
		driver.findElement(By.id("lang-zh")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "报道数据与数据来源"));
		assertThat(driver
			.findElement(
					By.cssSelector("tr[data-metric='ai_funding_total'][data-scope='SILICON_VALLEY']" + " .computed"))
			.getText()).endsWith("亿美元");
		assertThat(severeConsoleMessages()).isEmpty();
	}

	@Test
	void fitsAPhoneWithoutSidewaysScrolling() {
		Browser.resize(driver, 375, 812);
		try {
			open("/sources?lang=en");
			Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
			assertThat(width.intValue()).as("no horizontal scrolling at 375 px; too wide: %s", tooWide())
				.isLessThanOrEqualTo(375);
			assertThat(severeConsoleMessages()).isEmpty();
			screenshot("sources-375px", 375);
		}
		finally {
			Browser.resize(driver, 1280, 900);
		}
	}

	/** The top of the page and, with the window as tall as the document, all of it. */
	private static void screenshot(String name, int width) {
		Browser.screenshot(driver, name);
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		Browser.resize(driver, width, Math.min(height.intValue() + 150, 16000));
		try {
			Browser.screenshot(driver, name + "-full");
		}
		finally {
			Browser.resize(driver, width, (width < 500) ? 812 : 900);
		}
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> "complete".equals(driver.executeScript("return document.readyState")));
	}

	private static Object tooWide() {
		return driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5)"
				+ ".map(e => e.tagName + '#' + e.id + '.' + e.className)");
	}

	private static List<String> severeConsoleMessages() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

}
