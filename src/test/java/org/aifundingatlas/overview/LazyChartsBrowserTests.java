package org.aifundingatlas.overview;

import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.BrowserTestSupport;
import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Light pages in real headless Chromium: a chart below the fold is drawn only once it
 * scrolls into view, and pages without charts do not load Chart.js at all.
 */
@OnH2
@BrowserTest
class LazyChartsBrowserTests extends BrowserTestSupport {

	/** The overview's last chart: far below the fold of a 1280 × 900 window. */
	private static final String LAST_CHART = "age-chart";

	@Test
	void aChartBelowTheFoldIsDrawnWhenItScrollsIntoView() {
		discardConsoleMessages();
		open("/?lang=en");
		// The first chart, once in view, is drawn: the script runs and works.
		scrollToMiddle(driver.findElement(By.id("layer-chart")));
		waitUntil((d) -> isDrawn("layer-chart"));
		long below = ((Number) driver.executeScript(
				"return document.getElementById(arguments[0]).getBoundingClientRect().top - window.innerHeight",
				LAST_CHART))
			.longValue();
		assertThat(below).as("the last chart starts this far below the window").isGreaterThan(400);
		assertThat(isDrawn(LAST_CHART)).isFalse();
		scrollToMiddle(driver.findElement(By.id(LAST_CHART)));
		waitUntil((d) -> isDrawn(LAST_CHART));
		assertThat(chartLabels(LAST_CHART)).isNotEmpty();
		assertThat(severeConsoleMessages()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/rounds?lang=en", "/sources?lang=en", "/companies/openai?lang=en" })
	void pagesWithoutChartsDoNotLoadChartJs(String page) {
		discardConsoleMessages();
		open(page);
		assertThat(driver.findElements(By.cssSelector("canvas"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector("script[src*='chart']"))).isEmpty();
		assertThat(driver.executeScript("return typeof Chart")).isEqualTo("undefined");
		assertThat(severeConsoleMessages()).isEmpty();
	}

}
