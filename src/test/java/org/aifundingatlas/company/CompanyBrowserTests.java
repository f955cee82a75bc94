package org.aifundingatlas.company;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.aifundingatlas.support.Browser;
import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company page in headless Chromium, on a desktop and on a 375 px phone.
 */
@OnH2
@BrowserTest
class CompanyBrowserTests {

	private static final SeedCsv csv = new SeedCsv();

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
	void desktopShowsTheRoundsAndTotalOfTheCsv() {
		List<CSVRecord> rounds = csv.roundsOfCompany("anthropic");
		open("/companies/anthropic?lang=en");
		assertThat(driver.findElements(By.cssSelector("#rounds-table tbody tr"))).hasSameSizeAs(rounds);
		assertThat(new BigDecimal(driver.findElement(By.id("company-total")).getDomAttribute("data-amount")))
			.isEqualByComparingTo(csv.sum(rounds, false));
		assertThat(driver.findElement(By.id("explorer-link")).getDomAttribute("href"))
			.startsWith("/rounds?company=anthropic");
		assertThat(severeConsoleMessages()).isEmpty();
		screenshotWholePage("company-desktop");
	}

	@Test
	void chinesePhoneWidthShowsChineseNamesAndYiWithoutPageScroll() {
		Browser.resize(driver, 375, 812);
		try {
			CSVRecord row = csv.roundsOfCompany("light-year").get(0);
			open("/companies/light-year?lang=zh-CN");
			assertThat(driver.findElement(By.id("company-name")).getText()).isEqualTo(row.get("company_zh"));
			assertThat(driver.findElement(By.id("company-total")).getText()).endsWith("亿美元");
			assertThat(driver.findElement(By.id("rounds-table")).getText()).contains("万美元", "王慧文");
			assertThat(pageWidth()).as("no horizontal page scroll at 375 px; too wide: %s", tooWide())
				.isLessThanOrEqualTo(375);
			assertThat(severeConsoleMessages()).isEmpty();
			screenshotWholePage("company-375px");
		}
		finally {
			Browser.resize(driver, 1280, 900);
		}
	}

	/**
	 * The whole page, not just the viewport: the window grows to the page's height for
	 * the picture, keeping its width.
	 */
	private static void screenshotWholePage(String name) {
		org.openqa.selenium.Dimension size = driver.manage().window().getSize();
		int height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
		Browser.resize(driver, size.getWidth(), Math.max(size.getHeight(), height + 150));
		try {
			Browser.screenshot(driver, name);
		}
		finally {
			Browser.resize(driver, size.getWidth(), size.getHeight());
		}
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> "complete".equals(driver.executeScript("return document.readyState")));
	}

	private static int pageWidth() {
		return ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
	}

	private static Object tooWide() {
		return driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
				+ " && !e.closest('.table-responsive')).slice(0, 5)"
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
