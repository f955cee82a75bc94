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

	private static Object tooWide() {
		return driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5)"
				+ ".map(e => e.tagName + '#' + e.id + '.' + e.className)");
	}

	private void open(String path) {
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
