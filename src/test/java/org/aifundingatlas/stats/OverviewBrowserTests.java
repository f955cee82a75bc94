package org.aifundingatlas.stats;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.aifundingatlas.support.Browser;
import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.apache.commons.csv.CSVFormat;
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
 * The overview in real headless Chromium: both Chart.js charts drew, and the data each
 * Chart instance holds equal the sums computed from the seed CSV.
 */
@OnH2
@BrowserTest
class OverviewBrowserTests {

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
	void bothChartsDrawTheCsvSums() {
		open("/?lang=en");
		assertThat(chartValues("layer-chart"))
			.isEqualTo(expected("layer", List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP")));
		assertThat(chartValues("region-chart")).isEqualTo(expected("region",
				List.of("SILICON_VALLEY", "US_OTHER", "CHINA", "EUROPE", "CANADA", "OTHER", "UNKNOWN")));
		assertThat(chartLabels("layer-chart")).containsExactly("Foundation models", "Middleware",
				"Vertical applications");
		assertThat(driver.findElement(By.id("kpi-rounds")).getText()).isEqualTo(String.valueOf(csv.roundCount()));
		assertThat(severeConsoleMessages()).isEmpty();
		Browser.screenshot(driver, "overview-desktop");
	}

	@Test
	void chineseLabelsAndPhoneWidth() {
		Browser.resize(driver, 375, 812);
		try {
			open("/?lang=zh-CN");
			assertThat(chartLabels("layer-chart")).containsExactly("基础大模型", "中间层", "垂直应用层");
			assertThat(driver.findElement(By.id("kpi-total")).getText()).endsWith("亿美元");
			Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
			assertThat(width.intValue()).as("no horizontal scrolling at 375 px; too wide: %s", tooWide())
				.isLessThanOrEqualTo(375);
			assertThat(severeConsoleMessages()).isEmpty();
			Browser.screenshot(driver, "overview-zh-375px");
		}
		finally {
			Browser.resize(driver, 1280, 900);
		}
	}

	@Test
	void clickingABarOpensTheRoundsBehindIt() {
		open("/?lang=en&region=CHINA");
		clickBar("layer-chart", 0, 0);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> driver.getCurrentUrl().contains("/rounds?"));
		assertThat(driver.getCurrentUrl()).contains("region=CHINA").contains("layer=FOUNDATION_MODEL");
	}

	@Test
	void chartCsvHoldsTheNumbersAndTheStamp() {
		open("/?lang=en&excludeMega=true");
		String csvText = (String) driver.executeScript("return AtlasCharts.csv('region-chart')");
		List<String> lines = csvText.lines().toList();
		assertThat(lines.get(0)).isEqualTo("label,code,Amount raised (USD),Rounds,left out of sum");
		List<CSVRecord> records = parse(csvText);
		Map<String, BigDecimal> expected = csv.usdBy((row) -> {
			BigDecimal usd = csv.lowerBoundUsd(row);
			return (usd != null && usd.compareTo(new BigDecimal("1e9")) >= 0) ? "mega" : row.get("region");
		});
		String china = lines.stream().filter((line) -> line.startsWith("China,")).findFirst().orElseThrow();
		assertThat(new BigDecimal(china.split(",")[2])).isEqualByComparingTo(expected.get("CHINA"));
		assertThat(records.get(records.size() - 1).get(0)).startsWith("# Filters: Without rounds of US$1B or more")
			.contains("Amount rule: Conservative")
			.contains("Data as of 2023-06-");
		String png = (String) driver.executeScript("return AtlasCharts.png('region-chart')");
		assertThat(png).startsWith("data:image/png;base64,");
	}

	@Test
	void filterFormAndLanguageSwitchKeepTheStateInTheUrl() {
		open("/?lang=en");
		click(By.cssSelector("#filter-panel > summary"));
		click(By.id("f-region-CHINA"));
		click(By.id("filter-apply"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> driver.getCurrentUrl().contains("region=CHINA"));
		assertThat(driver.getCurrentUrl()).doesNotContain("investor=").doesNotContain("q=");
		assertThat(driver.findElement(By.id("kpi-rounds")).getText())
			.isEqualTo(String.valueOf(csv.roundsByColumn("region").get("CHINA")));
		click(By.id("lang-zh"));
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> driver.getCurrentUrl().contains("lang=zh-CN"));
		assertThat(driver.getCurrentUrl()).contains("region=CHINA");
		assertThat(driver.findElement(By.cssSelector("#active-filters .filter-chip")).getText()).contains("地区: 中国");
		click(By.cssSelector("#active-filters .filter-chip"));
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until((d) -> !driver.getCurrentUrl().contains("region=CHINA"));
		assertThat(driver.findElement(By.id("kpi-rounds")).getText()).isEqualTo(String.valueOf(csv.roundCount()));
		driver.navigate().back();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> driver.getCurrentUrl().contains("region=CHINA"));
		assertThat(severeConsoleMessages()).isEmpty();
	}

	private static void click(By locator) {
		org.openqa.selenium.WebElement element = driver.findElement(locator);
		// Bootstrap turns on smooth scrolling: jump, or the click lands before the scroll
		// ends.
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private static List<CSVRecord> parse(String text) {
		try {
			return CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Clicks the middle of one bar, located through Chart.js's own layout. */
	private static void clickBar(String canvasId, int dataset, int index) {
		@SuppressWarnings("unchecked")
		Map<String, Number> bar = (Map<String, Number>) driver
			.executeScript(
					"const c = Chart.getChart(document.getElementById(arguments[0]));"
							+ "const e = c.getDatasetMeta(arguments[1]).data[arguments[2]];"
							+ "return {x: e.x, y: (e.y + e.base) / 2, w: c.width, h: c.height};",
					canvasId, dataset, index);
		org.openqa.selenium.WebElement canvas = driver.findElement(By.id(canvasId));
		new org.openqa.selenium.interactions.Actions(driver)
			.moveToElement(canvas, (int) (bar.get("x").doubleValue() - bar.get("w").doubleValue() / 2),
					(int) (bar.get("y").doubleValue() - bar.get("h").doubleValue() / 2))
			.click()
			.perform();
	}

	private static Object tooWide() {
		return driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5)"
				+ ".map(e => e.tagName + '#' + e.id + '.' + e.className)");
	}

	private void open(String path) {
		// Drain the console log so each test sees only its own page's messages.
		driver.manage().logs().get(LogType.BROWSER);
		driver.get("http://localhost:" + this.port + path);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> Boolean.TRUE.equals(driver.executeScript(
				"return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById('layer-chart'))"
						+ " && !!Chart.getChart(document.getElementById('region-chart'))")));
	}

	@SuppressWarnings("unchecked")
	private static List<BigDecimal> chartValues(String canvasId) {
		List<Number> values = (List<Number>) driver.executeScript(
				"return Chart.getChart(document.getElementById(arguments[0])).data.datasets[0].data", canvasId);
		return values.stream().map((value) -> new BigDecimal(value.toString()).setScale(2)).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> chartLabels(String canvasId) {
		return (List<String>) driver
			.executeScript("return Chart.getChart(document.getElementById(arguments[0])).data.labels", canvasId);
	}

	private static List<BigDecimal> expected(String column, List<String> order) {
		Map<String, BigDecimal> sums = csv.usdByColumn(column);
		Map<String, BigDecimal> ordered = new LinkedHashMap<>();
		order.forEach((code) -> ordered.put(code, sums.getOrDefault(code, BigDecimal.ZERO)));
		return ordered.values().stream().map((value) -> value.setScale(2)).toList();
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
