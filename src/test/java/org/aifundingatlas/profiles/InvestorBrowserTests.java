package org.aifundingatlas.profiles;

import java.math.BigDecimal;
import java.util.List;

import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.BrowserTestSupport;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The investor page in headless Chromium: the layer-mix chart drew the CSV's numbers, on
 * a desktop and on a 375 px phone.
 */
@OnH2
@BrowserTest
class InvestorBrowserTests extends BrowserTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	private static final List<String> LAYERS = List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP");

	private static final String CHART = "layer-mix-chart";

	@Test
	void layerMixChartDrewTheCsvSums() {
		List<CSVRecord> rounds = csv.roundsOfInvestor("Salesforce Ventures");
		open("/investors/salesforce-ventures?lang=en");
		assertThat(chartData(CHART, 0)).isEqualTo(LAYERS.stream()
			.map((layer) -> csv.sum(rounds.stream().filter((row) -> row.get("layer").equals(layer)).toList(), false))
			.toList());
		assertThat(chartData(CHART, 1)).isEqualTo(LAYERS.stream()
			.map((layer) -> BigDecimal.valueOf(rounds.stream().filter((row) -> row.get("layer").equals(layer)).count())
				.setScale(2))
			.toList());
		assertThat(chartLabels(CHART)).containsExactly("Foundation models", "Middleware", "Vertical applications");
		assertThat(driver.findElements(By.cssSelector("#rounds-table tbody tr"))).hasSameSizeAs(rounds);
		assertThat(severeConsoleMessages()).isEmpty();
		screenshot("investor-desktop");
	}

	@Test
	void chinesePhoneWidthShowsChineseNamesWithoutPageScroll() {
		atPhoneWidth(() -> {
			open("/investors/microsoft?lang=zh-CN");
			assertThat(driver.findElement(By.id("investor-name")).getText())
				.isEqualTo(csv.investor("microsoft").get("name_zh"));
			assertThat(driver.findElement(By.id("investor-total")).getText()).endsWith("亿美元");
			assertThat(chartLabels(CHART)).containsExactly("基础大模型", "中间层", "垂直应用层");
			assertNoHorizontalScroll();
			assertThat(severeConsoleMessages()).isEmpty();
			screenshot("investor-375px");
		});
	}

	/** Opens the page and waits for its layer-mix chart. */
	@Override
	protected void open(String path) {
		super.open(path);
		waitForCharts(CHART);
	}

}
