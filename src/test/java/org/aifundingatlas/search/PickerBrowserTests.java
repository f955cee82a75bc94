package org.aifundingatlas.search;

import org.aifundingatlas.support.BrowserTest;
import org.aifundingatlas.support.BrowserTestSupport;
import org.aifundingatlas.support.OnH2;
import org.aifundingatlas.support.SeedCsv;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter form's pickers in real headless Chromium: typing suggests names from the
 * API, the keyboard picks one, and applying filters the rounds by its slug.
 */
@OnH2
@BrowserTest
class PickerBrowserTests extends BrowserTestSupport {

	private static final SeedCsv csv = new SeedCsv();

	@Test
	void anInvestorPickedWithTheKeyboardFiltersTheRounds() {
		WebElement box = typeInto("/rounds?lang=en", "f-investor", "MICRO");
		waitUntil((d) -> !driver.findElements(By.cssSelector("#f-investor-list [role=option][data-slug]")).isEmpty());
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
		box.sendKeys(Keys.ARROW_DOWN);
		WebElement first = driver.findElement(By.cssSelector("#f-investor-list [role=option]"));
		assertThat(first.getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(first.getDomAttribute("id"));
		assertThat(first.getDomAttribute("data-slug")).isEqualTo("microsoft");
		box.sendKeys(Keys.ENTER);
		WebElement token = driver.findElement(By.cssSelector("#f-investor-tokens [data-slug=microsoft]"));
		assertThat(token.getText()).contains("Microsoft");
		assertThat(box.getDomProperty("value")).isEmpty();
		assertThat(driver.findElement(By.id("f-investor-list")).isDisplayed()).isFalse();
		click(By.id("filter-apply"));
		waitUntil((d) -> driver.getCurrentUrl().contains("investor=microsoft"));
		waitUntil((d) -> !driver.findElements(By.id("rounds-total")).isEmpty());
		assertThat(Long.parseLong(driver.findElement(By.id("rounds-total")).getDomAttribute("data-count")))
			.isEqualTo(csv.roundsOfInvestor("Microsoft").size());
		// The page shows the pick again, with its name, removable.
		assertThat(driver.findElement(By.cssSelector("#f-investor-tokens [data-slug=microsoft]")).getText())
			.contains("Microsoft");
		assertThat(severeConsoleMessages()).isEmpty();
	}

	@Test
	void escapeClosesTheSuggestionsAndChineseNamesMatch() {
		WebElement box = typeInto("/rounds?lang=zh-CN", "f-excludeCompany", "百川");
		waitUntil((d) -> !driver.findElements(By.cssSelector("#f-excludeCompany-list [data-slug]")).isEmpty());
		assertThat(driver.findElement(By.cssSelector("#f-excludeCompany-list [data-slug]")).getText()).contains("百川");
		box.sendKeys(Keys.ESCAPE);
		assertThat(driver.findElement(By.id("f-excludeCompany-list")).isDisplayed()).isFalse();
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(severeConsoleMessages()).isEmpty();
	}

	@Test
	void aSlugTypedInFullIsSubmitted() {
		typeInto("/rounds?lang=en", "f-excludeCompany", "openai");
		click(By.id("filter-apply"));
		waitUntil((d) -> driver.getCurrentUrl().contains("excludeCompany=openai"));
		waitUntil((d) -> !driver.findElements(By.id("rounds-total")).isEmpty());
		assertThat(Long.parseLong(driver.findElement(By.id("rounds-total")).getDomAttribute("data-count")))
			.isEqualTo(csv.roundCount() - csv.roundsOfCompany("openai").size());
	}

	/** Opens the page and its filter form, and types into a picker's box. */
	private WebElement typeInto(String page, String boxId, String text) {
		discardConsoleMessages();
		open(page);
		click(By.cssSelector("#filter-panel > summary"));
		WebElement box = driver.findElement(By.id(boxId));
		scrollToMiddle(box);
		box.sendKeys(text);
		return box;
	}

}
