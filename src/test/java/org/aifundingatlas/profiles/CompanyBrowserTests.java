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
 * The company page in headless Chromium, on a desktop and on a 375 px phone.
 */
@OnH2
@BrowserTest
class CompanyBrowserTests extends BrowserTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	@Test
	void desktopShowsTheRoundsAndTotalOfTheCsv() {
		List<CSVRecord> rounds = csv.roundsOfCompany("anthropic");
		open("/companies/anthropic?lang=en");
		assertThat(driver.findElements(By.cssSelector("#rounds-table tbody tr"))).hasSameSizeAs(rounds);
		assertThat(new BigDecimal(driver.findElement(By.id("company-total")).getDomAttribute("data-amount")))
			.isEqualByComparingTo(csv.sum(rounds, false));
		assertThat(driver.findElement(By.id("explorer-link")).getDomAttribute("href"))
			.startsWith("/rounds?company=anthropic");
		assertThat(severeConsoleMessages()).isEmpty();
		screenshot("company-desktop");
	}

	@Test
	void chinesePhoneWidthShowsChineseNamesAndYiWithoutPageScroll() {
		atPhoneWidth(() -> {
			CSVRecord row = csv.roundsOfCompany("light-year").get(0);
			open("/companies/light-year?lang=zh-CN");
			assertThat(driver.findElement(By.id("company-name")).getText()).isEqualTo(row.get("company_zh"));
			assertThat(driver.findElement(By.id("company-total")).getText()).endsWith("亿美元");
			assertThat(driver.findElement(By.id("rounds-table")).getText()).contains("万美元", "王慧文");
			assertNoHorizontalScroll();
			assertThat(severeConsoleMessages()).isEmpty();
			screenshot("company-375px");
		});
	}

}
