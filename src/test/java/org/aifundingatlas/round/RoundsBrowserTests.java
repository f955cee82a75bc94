package org.aifundingatlas.round;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.aifundingatlas.support.Browser;
import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rounds explorer in real headless Chromium: filtering through the form, removing a
 * chip and going back all change the URL and the table together, and the page fits a 375
 * px phone.
 */
@OnH2
@BrowserTest
class RoundsBrowserTests {

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
	void filterThroughTheFormRemoveTheChipAndGoBack() {
		open("/rounds?lang=en&sort=amount,desc");
		assertThat(rows()).hasSize(25);
		assertThat(total()).isEqualTo(csv.roundCount());
		assertThat(severeConsoleMessages()).isEmpty();
		Browser.screenshot(driver, "rounds-desktop");

		click(By.cssSelector("#filter-panel > summary"));
		click(By.id("f-layer-MIDDLEWARE"));
		String before = driver.getCurrentUrl();
		click(By.id("filter-apply"));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
		waitForTable();
		String filtered = driver.getCurrentUrl();
		long middleware = csv.roundsByColumn("layer").get("MIDDLEWARE");
		assertThat(filtered).contains("layer=MIDDLEWARE").contains("sort=amount");
		assertThat(total()).isEqualTo(middleware);
		assertThat(rows()).hasSize((int) middleware);
		assertThat(driver.findElements(By.cssSelector("#rounds-table tbody tr td:nth-of-type(1)")))
			.extracting(WebElement::getText)
			.containsOnly("Middleware");
		assertThat(severeConsoleMessages()).isEmpty();

		click(By.cssSelector(".filter-chip[data-param='layer'][data-value='MIDDLEWARE']"));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(filtered)));
		waitForTable();
		assertThat(driver.getCurrentUrl()).doesNotContain("layer=");
		assertThat(total()).isEqualTo(csv.roundCount());
		assertThat(rows()).hasSize(25);

		driver.navigate().back();
		wait.until(ExpectedConditions.urlToBe(filtered));
		waitForTable();
		assertThat(total()).isEqualTo(middleware);
		assertThat(rows()).hasSize((int) middleware);
	}

	@Test
	void sortingByAColumnHeaderAndPaging() {
		open("/rounds?lang=en&size=10");
		click(By.cssSelector("th[data-column='amount'] a"));
		wait.until(ExpectedConditions.urlContains("sort=amount"));
		waitForTable();
		assertThat(driver.findElement(By.cssSelector("th[data-column='amount']")).getDomAttribute("aria-sort"))
			.isEqualTo("descending");
		assertThat(rows()).hasSize(10);
		click(By.id("pager-next"));
		wait.until(ExpectedConditions.urlContains("page=1"));
		waitForTable();
		assertThat(driver.findElement(By.id("rounds-range")).getText()).isEqualTo("Rows 11–20 of 34");
		assertThat(driver.getCurrentUrl()).contains("sort=amount", "size=10");
	}

	@Test
	void fitsAPhoneInChinese() {
		Browser.resize(driver, 375, 812);
		try {
			open("/rounds?lang=zh-CN");
			assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("融资轮次");
			Browser.screenshot(driver, "rounds-375px");
			Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
			assertThat(width.intValue()).as("no horizontal scrolling at 375 px; too wide: %s", tooWide())
				.isLessThanOrEqualTo(375);
			assertThat(severeConsoleMessages()).isEmpty();
			driver.executeScript("document.getElementById('rounds-table').scrollIntoView({behavior: 'instant'})");
			Browser.screenshot(driver, "rounds-375px-table");
		}
		finally {
			Browser.resize(driver, 1280, 900);
		}
	}

	private final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
		waitForTable();
	}

	private void waitForTable() {
		this.wait.until((d) -> "complete".equals(driver.executeScript("return document.readyState"))
				&& !driver.findElements(By.id("rounds-total")).isEmpty());
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window, as a reader
	 * would.
	 */
	private static void click(By locator) {
		WebElement element = driver.findElement(locator);
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private static List<WebElement> rows() {
		return driver.findElements(By.cssSelector("#rounds-table tbody tr"));
	}

	private static long total() {
		return Long.parseLong(driver.findElement(By.id("rounds-total")).getDomAttribute("data-count"));
	}

	private static Object tooWide() {
		return driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => !e.closest('.table-responsive') || e.matches('.table-responsive'))"
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
