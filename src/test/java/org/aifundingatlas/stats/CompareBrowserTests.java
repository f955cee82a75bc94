package org.aifundingatlas.stats;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare page in headless Chromium: its grouped charts hold the seed CSV's sums per
 * region, a bar leads to the rounds behind it, the page switches to Chinese, and it fits
 * a 375 px phone.
 */
@OnH2
@BrowserTest
class CompareBrowserTests {

	private static final SeedCsv csv = new SeedCsv();

	private static final List<String> LAYERS = List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP");

	private static final List<String> MONTHS = List.of("2023-01", "2023-02", "2023-03", "2023-04", "2023-05",
			"2023-06");

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
	void chartsDrawEachRegionsSumsFromTheCsv() {
		open("/compare?lang=en");
		for (String variant : List.of("all", "nomega")) {
			Predicate<CSVRecord> rows = variant.equals("all") ? (row) -> true : csv.megaRound().negate();
			List<String> regions = List.of("SILICON_VALLEY", "CHINA");
			for (int s = 0; s < regions.size(); s++) {
				Predicate<CSVRecord> region = SeedCsv.inRegion(regions.get(s)).and(rows);
				assertThat(values("layer-" + variant, s)).as("layer-%s %s", variant, regions.get(s))
					.isEqualTo(LAYERS.stream()
						.map((layer) -> csv.usdWhere(region.and((row) -> row.get("layer").equals(layer))))
						.toList());
				assertThat(values("layer-" + variant, s + 2)).isEqualTo(LAYERS.stream()
					.map((layer) -> BigDecimal
						.valueOf(csv.roundsWhere(region.and((row) -> row.get("layer").equals(layer))))
						.setScale(2))
					.toList());
				assertThat(values("timeline-" + variant, s)).as("timeline-%s %s", variant, regions.get(s))
					.isEqualTo(MONTHS.stream()
						.map((month) -> csv.usdWhere(region.and((row) -> row.get("announced_on").startsWith(month))))
						.toList());
			}
		}
		assertThat(labels("layer-all")).containsExactly("Foundation models", "Middleware", "Vertical applications");
		assertThat(labels("timeline-all")).isEqualTo(MONTHS);
		assertThat(severeConsoleMessages()).isEmpty();
		fullPageScreenshot("compare-desktop", 1280);
	}

	@Test
	void clickingABarOpensTheRoundsBehindIt() {
		open("/compare?lang=en");
		assertThat(severeConsoleMessages()).isEmpty();
		WebElement canvas = driver.findElement(By.id("layer-nomega"));
		// Bootstrap scrolls smoothly: jump instead, so the bar stays where it is
		// measured.
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", canvas);
		// China's foundation-model bar (second dataset, first label), clicked in its
		// middle.
		@SuppressWarnings("unchecked")
		List<Number> bar = (List<Number>) driver
			.executeScript("var chart = Chart.getChart(arguments[0]); var bar = chart.getDatasetMeta(1).data[0];"
					+ " var box = arguments[0].getBoundingClientRect();"
					+ " return [bar.x - box.width / 2, (bar.y + bar.base) / 2 - box.height / 2];", canvas);
		new Actions(driver).moveToElement(canvas, bar.get(0).intValue(), bar.get(1).intValue()).click().perform();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> d.getCurrentUrl().contains("/rounds"));
		assertThat(driver.getCurrentUrl())
			.contains("/rounds?", "region=CHINA", "layer=FOUNDATION_MODEL", "excludeMega=true", "lang=en")
			.doesNotContain("region=SILICON_VALLEY");
		// The rounds page is another feature's: what it logs is not this test's business.
		driver.manage().logs().get(LogType.BROWSER);
	}

	@Test
	void switchingToChineseChangesLabelsAndUsesYi() {
		open("/compare?lang=en");
		driver.findElement(By.id("lang-zh")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until((d) -> d.findElement(By.id("compare-heading")).getText().equals("硅谷 对比 中国"));
		waitForCharts();
		assertThat(labels("layer-all")).containsExactly("基础大模型", "中间层", "垂直应用层");
		assertThat(driver.findElement(By.id("total-SILICON_VALLEY-all")).getText()).endsWith("亿美元");
		assertThat(driver.executeScript(
				"return Chart.getChart(document.getElementById('layer-all')).data.datasets.map(d => d.label)"))
			.isEqualTo(List.of("硅谷", "中国", "硅谷：轮次", "中国：轮次"));
		assertThat(severeConsoleMessages()).isEmpty();
	}

	@Test
	void fitsAPhoneWithoutSidewaysScrolling() {
		Browser.resize(driver, 375, 812);
		try {
			open("/compare?lang=en");
			Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
			assertThat(width.intValue()).as("no horizontal scrolling at 375 px; too wide: %s", tooWide())
				.isLessThanOrEqualTo(375);
			assertThat(severeConsoleMessages()).isEmpty();
			fullPageScreenshot("compare-375px", 375);
		}
		finally {
			Browser.resize(driver, 1280, 900);
		}
	}

	/** The top of the page and, with the window as tall as the document, all of it. */
	static void fullPageScreenshot(String name, int width) {
		Browser.screenshot(driver, name);
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		Browser.resize(driver, width, Math.min(height.intValue() + 150, 12000));
		try {
			Browser.screenshot(driver, name + "-full");
		}
		finally {
			Browser.resize(driver, width, (width < 500) ? 812 : 900);
		}
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
		waitForCharts();
	}

	private static void waitForCharts() {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until((d) -> Boolean.TRUE.equals(driver.executeScript(
				"return typeof Chart !== 'undefined' && ['layer-all', 'layer-nomega', 'stage-all', 'stage-nomega',"
						+ " 'timeline-all', 'timeline-nomega'].every(id => !!Chart.getChart(document.getElementById(id)))")));
	}

	@SuppressWarnings("unchecked")
	private static List<BigDecimal> values(String canvasId, int dataset) {
		List<Number> values = (List<Number>) driver.executeScript(
				"return Chart.getChart(document.getElementById(arguments[0])).data.datasets[arguments[1]].data",
				canvasId, dataset);
		return values.stream().map((value) -> new BigDecimal(value.toString()).setScale(2)).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> labels(String canvasId) {
		return (List<String>) driver
			.executeScript("return Chart.getChart(document.getElementById(arguments[0])).data.labels", canvasId);
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
