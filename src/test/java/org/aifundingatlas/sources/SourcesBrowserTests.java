package org.aifundingatlas.sources;

import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.BrowserTestSupport;
import org.aifundingatlas.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources page in headless Chromium: it loads without console errors, switches to
 * Chinese, and fits a 375 px phone.
 */
@OnH2
@BrowserTest
class SourcesBrowserTests extends BrowserTestSupport {

	@Test
	void loadsWithoutConsoleErrorsAndSwitchesToChinese() {
		open("/sources?lang=en");
		assertThat(driver.findElements(By.cssSelector("#reconciliation tbody tr"))).isNotEmpty();
		assertThat(severeConsoleMessages()).isEmpty();
		windowScreenshot("sources-desktop");
		screenshot("sources-desktop-full");
		driver.findElement(By.id("lang-zh")).click();
		waitUntil(ExpectedConditions.textToBe(By.tagName("h1"), "报道数据与数据来源"));
		assertThat(driver
			.findElement(
					By.cssSelector("tr[data-metric='ai_funding_total'][data-scope='SILICON_VALLEY']" + " .computed"))
			.getText()).endsWith("亿美元");
		assertThat(severeConsoleMessages()).isEmpty();
	}

	@Test
	void fitsAPhoneWithoutSidewaysScrolling() {
		atPhoneWidth(() -> {
			open("/sources?lang=en");
			assertNoHorizontalScroll();
			assertThat(severeConsoleMessages()).isEmpty();
			windowScreenshot("sources-375px");
			screenshot("sources-375px-full");
		});
	}

}
