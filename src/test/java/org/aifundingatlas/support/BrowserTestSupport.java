package org.aifundingatlas.support;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser tests share: one headless Chromium per test class (see
 * {@link Browser}), pages opened on the application's random port, and the checks every
 * page gets (no console errors, no sideways scrolling on a phone, whole-page
 * screenshots).
 * <p>
 * A concrete class still says where it runs and that it needs a browser, with
 * {@link OnH2} and {@link BrowserTest}: where Chromium is missing the class is skipped
 * before {@link #startBrowser()} runs. Test classes run one after another (JUnit's
 * default), so one static driver at a time serves them all.
 */
public abstract class BrowserTestSupport {

	/** The width of the phone the pages must fit, with its height. */
	protected static final int PHONE_WIDTH = 375;

	private static final int PHONE_HEIGHT = 812;

	private static final int DESKTOP_WIDTH = 1280;

	private static final int DESKTOP_HEIGHT = 900;

	/**
	 * What a window is taller than the page it shows (Chromium's own bars), so that a
	 * window grown to the document's height shows all of it.
	 */
	private static final int WINDOW_CHROME = 150;

	/** Chromium does not capture a taller window. */
	private static final int MAX_SCREENSHOT_HEIGHT = 16000;

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	protected static ChromeDriver driver;

	@LocalServerPort
	protected int port;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/**
	 * Opens a page of the application (path and query) and waits until it has loaded.
	 * Pages that draw charts or fill a table override this to wait for them too.
	 */
	protected void open(String path) {
		driver.get("http://localhost:" + this.port + path);
		waitUntil((d) -> "complete".equals(driver.executeScript("return document.readyState")));
	}

	/** Waits up to 20 seconds for a condition, and returns its value. */
	protected static <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(driver, TIMEOUT).until(condition);
	}

	/**
	 * Scrolls to each of these canvases and waits until Chart.js has drawn a chart on it
	 * (charts are drawn when they come into view), then scrolls back to the top.
	 */
	protected static void waitForCharts(String... canvasIds) {
		for (String id : canvasIds) {
			scrollToMiddle(driver.findElement(By.id(id)));
			waitUntil((d) -> isDrawn(id));
		}
		driver.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
	}

	/** Whether Chart.js has drawn a chart on this canvas. */
	protected static boolean isDrawn(String canvasId) {
		return Boolean.TRUE.equals(driver.executeScript(
				"return typeof Chart !== 'undefined' && !!Chart.getChart(document.getElementById(arguments[0]))",
				canvasId));
	}

	/** The data of one dataset of a drawn chart, as the Chart instance holds them. */
	@SuppressWarnings("unchecked")
	protected static List<BigDecimal> chartData(String canvasId, int dataset) {
		List<Number> values = (List<Number>) driver.executeScript(
				"return Chart.getChart(document.getElementById(arguments[0])).data.datasets[arguments[1]].data",
				canvasId, dataset);
		return values.stream().map((value) -> new BigDecimal(value.toString()).setScale(2)).toList();
	}

	/** The labels of a drawn chart. */
	@SuppressWarnings("unchecked")
	protected static List<String> chartLabels(String canvasId) {
		return (List<String>) driver
			.executeScript("return Chart.getChart(document.getElementById(arguments[0])).data.labels", canvasId);
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window, as a reader
	 * would.
	 */
	protected static void click(By locator) {
		WebElement element = driver.findElement(locator);
		scrollToMiddle(element);
		element.click();
	}

	/**
	 * Clicks the middle of one bar of a chart, located through Chart.js's own layout.
	 */
	@SuppressWarnings("unchecked")
	protected static void clickBar(String canvasId, int dataset, int index) {
		WebElement canvas = driver.findElement(By.id(canvasId));
		// Scrolled first, so that the bar stays where it is measured.
		scrollToMiddle(canvas);
		List<Number> offset = (List<Number>) driver.executeScript(
				"var bar = Chart.getChart(arguments[0]).getDatasetMeta(arguments[1]).data[arguments[2]];"
						+ " var box = arguments[0].getBoundingClientRect();"
						+ " return [bar.x - box.width / 2, (bar.y + bar.base) / 2 - box.height / 2];",
				canvas, dataset, index);
		// Offsets are from the middle of the element.
		new Actions(driver).moveToElement(canvas, offset.get(0).intValue(), offset.get(1).intValue()).click().perform();
	}

	/**
	 * Scrolls an element to the middle of the window at once: Bootstrap turns on smooth
	 * scrolling, and a click during the scroll would land elsewhere.
	 */
	protected static void scrollToMiddle(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
	}

	/**
	 * The SEVERE messages of the browser console since they were last read (reading
	 * empties the log).
	 */
	protected static List<String> severeConsoleMessages() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** Empties the browser console's log unread: what it held is not the test's. */
	protected static void discardConsoleMessages() {
		driver.manage().logs().get(LogType.BROWSER);
	}

	/**
	 * Runs some steps in a window the size of a phone, then gives the window its desktop
	 * size back.
	 */
	protected static void atPhoneWidth(Runnable steps) {
		Browser.resize(driver, PHONE_WIDTH, PHONE_HEIGHT);
		try {
			steps.run();
		}
		finally {
			Browser.resize(driver, DESKTOP_WIDTH, DESKTOP_HEIGHT);
		}
	}

	/**
	 * Asserts that the page is no wider than the window, naming the first elements that
	 * stick out if it is. Content that scrolls inside a .table-responsive box does not
	 * count, the box itself does.
	 */
	protected static void assertNoHorizontalScroll() {
		int window = driver.manage().window().getSize().getWidth();
		int page = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).intValue();
		assertThat(page).as(() -> "no horizontal scrolling at %d px; too wide: %s".formatted(window, tooWide()))
			.isLessThanOrEqualTo(window);
	}

	private static Object tooWide() {
		return driver.executeScript("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => !e.closest('.table-responsive') || e.matches('.table-responsive'))"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5)"
				+ ".map(e => e.tagName + '#' + e.id + '.' + e.className)");
	}

	/**
	 * Saves the whole page, not just what the window shows, as
	 * target/screenshots/{name}.png: the window grows to the document's height (keeping
	 * its width) for the picture, then gets its size back.
	 */
	protected static Path screenshot(String name) {
		Dimension size = driver.manage().window().getSize();
		int height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).intValue();
		Browser.resize(driver, size.getWidth(),
				Math.min(Math.max(size.getHeight(), height + WINDOW_CHROME), MAX_SCREENSHOT_HEIGHT));
		try {
			return Browser.screenshot(driver, name);
		}
		finally {
			Browser.resize(driver, size.getWidth(), size.getHeight());
		}
	}

	/**
	 * Saves what the window shows, as target/screenshots/{name}.png: the top of the page,
	 * or wherever it is scrolled to.
	 */
	protected static Path windowScreenshot(String name) {
		return Browser.screenshot(driver, name);
	}

}
