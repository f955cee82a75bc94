package org.aifundingatlas.investor;

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
 * The investor page in headless Chromium: the layer-mix chart drew the CSV's numbers, on
 * a desktop and on a 375 px phone.
 */
@OnH2
@BrowserTest
class InvestorBrowserTests {

	private static final SeedCsv csv = new SeedCsv();

	private static final List<String> LAYERS = List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP");

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
	void layerMixChartDrewTheCsvSums() {
		List<CSVRecord> rounds = csv.roundsOfInvestor("Salesforce Ventures");
		open("/investors/salesforce-ventures?lang=en");
		assertThat(chartData(0)).isEqualTo(LAYERS.stream()
			.map((layer) -> csv.sum(rounds.stream().filter((row) -> row.get("layer").equals(layer)).toList(), false))
			.toList());
		assertThat(chartData(1)).isEqualTo(LAYERS.stream()
			.map((layer) -> BigDecimal.valueOf(rounds.stream().filter((row) -> row.get("layer").equals(layer)).count())
				.setScale(2))
			.toList());
		assertThat(chartLabels()).containsExactly("Foundation models", "Middleware", "Vertical applications");
		assertThat(driver.findElements(By.cssSelector("#rounds-table tbody tr"))).hasSameSizeAs(rounds);
		assertThat(severeConsoleMessages()).isEmpty();
		screenshotWholePage("investor-desktop");
	}

	@Test
	void chinesePhoneWidthShowsChineseNamesWithoutPageScroll() {
		Browser.resize(driver, 375, 812);
		try {
			open("/investors/microsoft?lang=zh-CN");
			assertThat(driver.findElement(By.id("investor-name")).getText())
				.isEqualTo(csv.investor("microsoft").get("name_zh"));
			assertThat(driver.findElement(By.id("investor-total")).getText()).endsWith("亿美元");
			assertThat(chartLabels()).containsExactly("基础大模型", "中间层", "垂直应用层");
			assertThat(pageWidth()).as("no horizontal page scroll at 375 px; too wide: %s", tooWide())
				.isLessThanOrEqualTo(375);
			assertThat(severeConsoleMessages()).isEmpty();
			screenshotWholePage("investor-375px");
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
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> Boolean.TRUE.equals(driver.executeScript(
				"return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('layer-mix-chart'))")));
	}

	@SuppressWarnings("unchecked")
	private static List<BigDecimal> chartData(int dataset) {
		List<Number> values = (List<Number>) driver.executeScript(
				"return Chart.getChart(document.getElementById('layer-mix-chart')).data.datasets[arguments[0]].data",
				dataset);
		return values.stream().map((value) -> new BigDecimal(value.toString()).setScale(2)).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> chartLabels() {
		return (List<String>) driver
			.executeScript("return Chart.getChart(document.getElementById('layer-mix-chart')).data.labels");
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
