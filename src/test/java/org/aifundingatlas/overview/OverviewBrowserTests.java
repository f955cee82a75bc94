package org.aifundingatlas.overview;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.BrowserTestSupport;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview in real headless Chromium: both Chart.js charts drew, and the data each
 * Chart instance holds equal the sums computed from the seed CSV.
 */
@OnH2
@BrowserTest
class OverviewBrowserTests extends BrowserTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	@Test
	void bothChartsDrawTheCsvSums() {
		open("/?lang=en");
		assertThat(chartData("layer-chart", 0))
			.isEqualTo(expected("layer", List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP")));
		assertThat(chartData("region-chart", 0)).isEqualTo(expected("region",
				List.of("SILICON_VALLEY", "US_OTHER", "CHINA", "EUROPE", "CANADA", "OTHER", "UNKNOWN")));
		assertThat(chartLabels("layer-chart")).containsExactly("Foundation models", "Middleware",
				"Vertical applications");
		assertThat(driver.findElement(By.id("kpi-rounds")).getText()).isEqualTo(String.valueOf(csv.roundCount()));
		assertThat(severeConsoleMessages()).isEmpty();
		windowScreenshot("overview-desktop");
	}

	@Test
	void chineseLabelsAndPhoneWidth() {
		atPhoneWidth(() -> {
			open("/?lang=zh-CN");
			assertThat(chartLabels("layer-chart")).containsExactly("基础大模型", "中间层", "垂直应用层");
			assertThat(driver.findElement(By.id("kpi-total")).getText()).endsWith("亿美元");
			assertNoHorizontalScroll();
			assertThat(severeConsoleMessages()).isEmpty();
			windowScreenshot("overview-zh-375px");
		});
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

	private static List<CSVRecord> parse(String text) {
		try {
			return CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Opens the page and waits for the two charts the tests read. The console log is
	 * emptied first, so that each test sees only its own page's messages.
	 */
	@Override
	protected void open(String path) {
		discardConsoleMessages();
		super.open(path);
		waitForCharts("layer-chart", "region-chart");
	}

	private static List<BigDecimal> expected(String column, List<String> order) {
		Map<String, BigDecimal> sums = csv.usdByColumn(column);
		Map<String, BigDecimal> ordered = new LinkedHashMap<>();
		order.forEach((code) -> ordered.put(code, sums.getOrDefault(code, BigDecimal.ZERO)));
		return ordered.values().stream().map((value) -> value.setScale(2)).toList();
	}

}
