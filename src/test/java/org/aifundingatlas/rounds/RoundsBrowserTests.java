package org.aifundingatlas.rounds;

import java.util.List;

import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.BrowserTestSupport;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rounds explorer in real headless Chromium: filtering through the form, removing a
 * chip and going back all change the URL and the table together, and the page fits a 375
 * px phone.
 */
@OnH2
@BrowserTest
class RoundsBrowserTests extends BrowserTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	@Test
	void filterThroughTheFormRemoveTheChipAndGoBack() {
		open("/rounds?lang=en&sort=amount,desc");
		assertThat(rows()).hasSize(25);
		assertThat(total()).isEqualTo(csv.roundCount());
		assertThat(severeConsoleMessages()).isEmpty();
		windowScreenshot("rounds-desktop");

		click(By.cssSelector("#filter-panel > summary"));
		click(By.id("f-layer-MIDDLEWARE"));
		String before = driver.getCurrentUrl();
		click(By.id("filter-apply"));
		waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
		waitForTable();
		String filtered = driver.getCurrentUrl();
		long middleware = csv.roundsByColumn("layer").get("MIDDLEWARE");
		assertThat(filtered).contains("layer=MIDDLEWARE").contains("sort=amount");
		assertThat(total()).isEqualTo(middleware);
		assertThat(rows()).hasSize((int) middleware);
		assertThat(driver.findElements(By.cssSelector("#rounds-table tbody tr td:nth-of-type(1)")))
			.extracting(WebElement::getText)
			.containsOnly("Middleware");
		assertThat(severeConsoleMessages()).isEmpty();

		click(By.cssSelector(".filter-chip[data-param='layer'][data-value='MIDDLEWARE']"));
		waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(filtered)));
		waitForTable();
		assertThat(driver.getCurrentUrl()).doesNotContain("layer=");
		assertThat(total()).isEqualTo(csv.roundCount());
		assertThat(rows()).hasSize(25);

		driver.navigate().back();
		waitUntil(ExpectedConditions.urlToBe(filtered));
		waitForTable();
		assertThat(total()).isEqualTo(middleware);
		assertThat(rows()).hasSize((int) middleware);
	}

	@Test
	void sortingByAColumnHeaderAndPaging() {
		open("/rounds?lang=en&size=10");
		click(By.cssSelector("th[data-column='amount'] a"));
		waitUntil(ExpectedConditions.urlContains("sort=amount"));
		waitForTable();
		assertThat(driver.findElement(By.cssSelector("th[data-column='amount']")).getDomAttribute("aria-sort"))
			.isEqualTo("descending");
		assertThat(rows()).hasSize(10);
		click(By.id("pager-next"));
		waitUntil(ExpectedConditions.urlContains("page=1"));
		waitForTable();
		assertThat(driver.findElement(By.id("rounds-range")).getText()).isEqualTo("Rows 11–20 of 34");
		assertThat(driver.getCurrentUrl()).contains("sort=amount", "size=10");
	}

	@Test
	void fitsAPhoneInChinese() {
		atPhoneWidth(() -> {
			open("/rounds?lang=zh-CN");
			assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("融资轮次");
			windowScreenshot("rounds-375px");
			assertNoHorizontalScroll();
			assertThat(severeConsoleMessages()).isEmpty();
			driver.executeScript("document.getElementById('rounds-table').scrollIntoView({behavior: 'instant'})");
			windowScreenshot("rounds-375px-table");
		});
	}

	/** Opens the page and waits for the table and its total. */
	@Override
	protected void open(String path) {
		super.open(path);
		waitForTable();
	}

	private static void waitForTable() {
		waitUntil((d) -> "complete".equals(driver.executeScript("return document.readyState"))
				&& !driver.findElements(By.id("rounds-total")).isEmpty());
	}

	private static List<WebElement> rows() {
		return driver.findElements(By.cssSelector("#rounds-table tbody tr"));
	}

	private static long total() {
		return Long.parseLong(driver.findElement(By.id("rounds-total")).getDomAttribute("data-count"));
	}

}
