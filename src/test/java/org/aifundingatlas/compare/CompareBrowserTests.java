package org.aifundingatlas.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.BrowserTestSupport;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare page in headless Chromium: its grouped charts hold the seed CSV's sums per
 * region, a bar leads to the rounds behind it, the page switches to Chinese, and it fits
 * a 375 px phone.
 */
@OnH2
@BrowserTest
class CompareBrowserTests extends BrowserTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	private static final List<String> LAYERS = List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP");

	private static final List<String> MONTHS = List.of("2023-01", "2023-02", "2023-03", "2023-04", "2023-05",
			"2023-06");

	private static final String[] CHARTS = { "layer-all", "layer-nomega", "stage-all", "stage-nomega", "timeline-all",
			"timeline-nomega" };

	@Test
	void chartsDrawEachRegionsSumsFromTheCsv() {
		open("/compare?lang=en");
		for (String variant : List.of("all", "nomega")) {
			Predicate<CSVRecord> rows = variant.equals("all") ? (row) -> true : csv.megaRound().negate();
			List<String> regions = List.of("SILICON_VALLEY", "CHINA");
			for (int s = 0; s < regions.size(); s++) {
				Predicate<CSVRecord> region = SeedCsv.inRegion(regions.get(s)).and(rows);
				assertThat(chartData("layer-" + variant, s)).as("layer-%s %s", variant, regions.get(s))
					.isEqualTo(LAYERS.stream()
						.map((layer) -> csv.usdWhere(region.and((row) -> row.get("layer").equals(layer))))
						.toList());
				assertThat(chartData("layer-" + variant, s + 2)).isEqualTo(LAYERS.stream()
					.map((layer) -> BigDecimal
						.valueOf(csv.roundsWhere(region.and((row) -> row.get("layer").equals(layer))))
						.setScale(2))
					.toList());
				assertThat(chartData("timeline-" + variant, s)).as("timeline-%s %s", variant, regions.get(s))
					.isEqualTo(MONTHS.stream()
						.map((month) -> csv.usdWhere(region.and((row) -> row.get("announced_on").startsWith(month))))
						.toList());
			}
		}
		assertThat(chartLabels("layer-all")).containsExactly("Foundation models", "Middleware",
				"Vertical applications");
		assertThat(chartLabels("timeline-all")).isEqualTo(MONTHS);
		assertThat(severeConsoleMessages()).isEmpty();
		windowScreenshot("compare-desktop");
		screenshot("compare-desktop-full");
	}

	@Test
	void clickingABarOpensTheRoundsBehindIt() {
		open("/compare?lang=en");
		assertThat(severeConsoleMessages()).isEmpty();
		// China's foundation-model bar (second dataset, first label).
		clickBar("layer-nomega", 1, 0);
		waitUntil((d) -> d.getCurrentUrl().contains("/rounds"));
		assertThat(driver.getCurrentUrl())
			.contains("/rounds?", "region=CHINA", "layer=FOUNDATION_MODEL", "excludeMega=true", "lang=en")
			.doesNotContain("region=SILICON_VALLEY");
		// The rounds page is another feature's: what it logs is not this test's business.
		discardConsoleMessages();
	}

	@Test
	void switchingToChineseChangesLabelsAndUsesYi() {
		open("/compare?lang=en");
		driver.findElement(By.id("lang-zh")).click();
		waitUntil((d) -> d.findElement(By.id("compare-heading")).getText().equals("硅谷 对比 中国"));
		waitForCharts(CHARTS);
		assertThat(chartLabels("layer-all")).containsExactly("基础大模型", "中间层", "垂直应用层");
		assertThat(driver.findElement(By.id("total-SILICON_VALLEY-all")).getText()).endsWith("亿美元");
		assertThat(driver.executeScript(
				"return Chart.getChart(document.getElementById('layer-all')).data.datasets.map(d => d.label)"))
			.isEqualTo(List.of("硅谷", "中国", "硅谷：轮次", "中国：轮次"));
		assertThat(severeConsoleMessages()).isEmpty();
	}

	@Test
	void fitsAPhoneWithoutSidewaysScrolling() {
		atPhoneWidth(() -> {
			open("/compare?lang=en");
			assertNoHorizontalScroll();
			assertThat(severeConsoleMessages()).isEmpty();
			windowScreenshot("compare-375px");
			screenshot("compare-375px-full");
		});
	}

	/** Opens the page and waits for its six charts. */
	@Override
	protected void open(String path) {
		super.open(path);
		waitForCharts(CHARTS);
	}

}
