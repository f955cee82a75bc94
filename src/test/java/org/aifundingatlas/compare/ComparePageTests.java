package org.aifundingatlas.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.apache.commons.csv.CSVRecord;
import org.aifundingatlas.web.ViewCache;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The compare page: each region's figures, with and without mega-rounds, and the
 * foundation layer's share with and without OpenAI equal the values computed from the
 * seed CSV; bad region choices are a 400 that says what to write.
 */
@OnDatabase
public class ComparePageTests extends PageTestSupport {

	@Autowired
	ViewCache viewCache;

	private static final SeedCsv csv = new SeedCsv();

	private static final List<String> LAYERS = List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP");

	@Test
	void siliconValleyAndChinaByDefaultWithAndWithoutMegaRounds() throws Exception {
		String html = html(get("/compare").param("lang", "en"));
		assertThat(text(html, "compare-heading")).isEqualTo("Silicon Valley vs China");
		Predicate<CSVRecord> notMega = csv.megaRound().negate();
		assertThat(csv.roundsWhere(SeedCsv.inRegion("SILICON_VALLEY").and(csv.megaRound()))).isPositive();
		for (String region : List.of("SILICON_VALLEY", "CHINA")) {
			assertFigures(html, region, "all", SeedCsv.inRegion(region));
			assertFigures(html, region, "nomega", SeedCsv.inRegion(region).and(notMega));
		}
	}

	@Test
	void sharesStateAndUseTheirDenominators() throws Exception {
		String html = html(get("/compare").param("lang", "en"));
		BigDecimal svUsd = csv.usdWhere(SeedCsv.inRegion("SILICON_VALLEY"));
		assertThat(text(html, "share-amount-SILICON_VALLEY-all")).isEqualTo(percent(svUsd, csv.totalUsd()) + "%");
		assertThat(text(html, "share-rounds-SILICON_VALLEY-all"))
			.isEqualTo(percent(BigDecimal.valueOf(csv.roundsWhere(SeedCsv.inRegion("SILICON_VALLEY"))),
					BigDecimal.valueOf(csv.roundCount())) + "%");
		// The overview's default denominator: the first H1 2023 global total loaded.
		CSVRecord global = csv.benchmarks()
			.stream()
			.filter((row) -> row.get("metric").equals("ai_funding_total") && row.get("period").equals("2023-H1")
					&& row.get("region").equals("GLOBAL"))
			.findFirst()
			.orElseThrow();
		BigDecimal globalUsd = new BigDecimal(global.get("value")).movePointRight(9);
		assertThat(text(html, "share-global-SILICON_VALLEY-all")).isEqualTo(percent(svUsd, globalUsd) + "%");
		assertThat(text(html, "denominator-dataset"))
			.contains(csv.roundCount() + " rounds and " + english(csv.totalUsd()) + " with all rounds", "all regions");
		assertThat(text(html, "denominator-global")).contains(english(globalUsd), global.get("source_name"));
	}

	@Test
	void anyTwoRegionsCanBeCompared() throws Exception {
		String html = html(get("/compare").param("regions", "EUROPE").param("regions", "US_OTHER").param("lang", "en"));
		assertThat(text(html, "compare-heading")).isEqualTo("Europe vs US (outside Silicon Valley)");
		for (String region : List.of("EUROPE", "US_OTHER")) {
			assertFigures(html, region, "all", SeedCsv.inRegion(region));
		}
		assertThat(html).doesNotContain("id=\"total-SILICON_VALLEY-all\"");
		// Comma-separated, like the filter's other lists.
		assertThat(
				text(html(get("/compare").param("regions", "EUROPE,US_OTHER").param("lang", "en")), "compare-heading"))
			.isEqualTo("Europe vs US (outside Silicon Valley)");
	}

	@Test
	void chartsCarryEachRegionsLayerSumsAndDrillDownToTheirRounds() throws Exception {
		Map<String, JsonNode> charts = charts(html(get("/compare").param("lang", "en")));
		assertThat(charts).containsKeys("layer-all", "layer-nomega", "stage-all", "stage-nomega", "timeline-all",
				"timeline-nomega");
		JsonNode layers = charts.get("layer-nomega");
		assertThat(layers.get("series").get(0).get("code").asString()).isEqualTo("SILICON_VALLEY");
		assertThat(layers.get("series").get(1).get("code").asString()).isEqualTo("CHINA");
		for (int s = 0; s < 2; s++) {
			String region = List.of("SILICON_VALLEY", "CHINA").get(s);
			for (int i = 0; i < LAYERS.size(); i++) {
				String layer = LAYERS.get(i);
				Predicate<CSVRecord> rows = SeedCsv.inRegion(region)
					.and((row) -> row.get("layer").equals(layer))
					.and(csv.megaRound().negate());
				assertThat(layers.get("series").get(s).get("data").get(i).decimalValue().setScale(2))
					.as("%s %s", region, layer)
					.isEqualTo(csv.usdWhere(rows));
				assertThat(layers.get("series").get(s + 2).get("data").get(i).asLong())
					.isEqualTo(csv.roundsWhere(rows));
			}
		}
		String link = layers.get("series").get(1).get("links").get(0).asString();
		assertThat(link).startsWith("/rounds?")
			.contains("region=CHINA", "layer=FOUNDATION_MODEL", "excludeMega=true")
			.doesNotContain("region=SILICON_VALLEY");
	}

	@Test
	void foundationShareWithAndWithoutOpenAiIsComputedFromTheRounds() throws Exception {
		String html = html(get("/compare").param("lang", "en"));
		assertThat(text(html, "foundation-with")).isEqualTo(foundationShare(true, (row) -> true) + "%");
		assertThat(text(html, "foundation-without")).isEqualTo(foundationShare(false, (row) -> true) + "%");
		assertThat(text(html, "foundation-article-with")).isEqualTo("≈ 79%");
		assertThat(text(html, "foundation-article-without")).isEqualTo("≈ 21%");
		long articleOutsideRounds = csv.articleFigure("layer_deal_count_middleware")
			.add(csv.articleFigure("layer_deal_count_vertical_app"))
			.longValueExact();
		BigDecimal articleOutsideUsd = csv.articleFigure("layer_funding_middleware")
			.add(csv.articleFigure("layer_funding_vertical_app"));
		assertThat(text(html, "foundation-reason")).contains(
				"foundation layer (" + csv.articleFigure("layer_deal_count_foundation_model").toPlainString()
						+ " rounds, " + english(csv.articleFigure("layer_funding_foundation_model")) + ")",
				"Inflection's " + english(csv.lowerBoundUsd(csv.round("inflection-ai", "2023-06-29"))) + " round",
				"than the article (" + articleOutsideRounds + " rounds, " + english(articleOutsideUsd) + ")");
		assertThat(html).contains("excludeCompany=openai");
		// Under another amount rule the share follows the rule: only exact amounts count.
		String exact = html(get("/compare").param("lang", "en").param("amountRule", "exact"));
		Predicate<CSVRecord> exactOnly = (row) -> row.get("amount_precision").equals("EXACT");
		assertThat(text(exact, "foundation-with")).isEqualTo(foundationShare(true, exactOnly) + "%");
		assertThat(text(exact, "foundation-without")).isEqualTo(foundationShare(false, exactOnly) + "%");
	}

	@Test
	void chineseReadersGetChineseLabelsAndYi() throws Exception {
		String html = html(get("/compare").param("lang", "zh-CN"));
		assertThat(text(html, "compare-heading")).isEqualTo("硅谷 对比 中国");
		assertThat(text(html, "total-SILICON_VALLEY-all")).endsWith("亿美元");
		assertThat(charts(html).get("layer-all").get("labels").get(0).asString()).isEqualTo("基础大模型");
	}

	@Test
	void badRegionChoicesAreA400ThatSaysWhatToWrite() throws Exception {
		assertThat(badRequest(get("/compare").param("regions", "CHINA"))).contains("exactly two regions", "not one");
		assertThat(badRequest(get("/compare").param("regions", "CHINA", "EUROPE", "CANADA")))
			.contains("exactly two regions", "not 3");
		assertThat(badRequest(get("/compare").param("regions", "CHINA", "CHINA"))).contains("CHINA is given twice");
		assertThat(badRequest(get("/compare").param("regions", ""))).contains("The parameter regions is empty");
		assertThat(badRequest(get("/compare").param("regions", "MARS", "CHINA")))
			.contains("\"MARS\" is not a region code", "SILICON_VALLEY, US_OTHER, CHINA");
		assertThat(badRequest(get("/compare").param("region", "CHINA")))
			.contains("sets its regions with the parameter regions, not region (CHINA)");
		assertThat(badRequest(get("/compare").param("regions", "SILICON_VALLEY,CHINA,EUROPE")))
			.contains("exactly two regions", "not 3");
	}

	@Test
	void compareRunsAFixedNumberOfQueries() throws Exception {
		long byDefault = coldCount(() -> html(get("/compare").param("lang", "en")));
		long other = coldCount(() -> html(get("/compare").param("regions", "EUROPE", "CANADA")
			.param("amountRule", "midpoint")
			.param("stage", "SEED", "SERIES_A", "OTHER")));
		// One query per aggregate (per region, layer, stage, month; twice for the two
		// variants; a summary four: totals, first day, last day, median), whatever the
		// number of rounds or regions.
		assertThat(byDefault).isLessThanOrEqualTo(20);
		assertThat(other).isEqualTo(byDefault);
	}

	private void assertFigures(String html, String region, String variant, Predicate<CSVRecord> rows) {
		String id = region + "-" + variant;
		assertThat(text(html, "total-" + id)).as("total " + id).isEqualTo(english(csv.usdWhere(rows)));
		assertThat(text(html, "rounds-" + id)).as("rounds " + id).isEqualTo(String.valueOf(csv.roundsWhere(rows)));
		long undisclosed = csv.undisclosedWhere(rows);
		assertThat(text(html, "not-summed-" + id)).as("not summed " + id)
			.isEqualTo((undisclosed == 0) ? "all summed"
					: (undisclosed == 1) ? "1 round not summed" : undisclosed + " rounds not summed");
		BigDecimal median = csv.medianUsdWhere(rows);
		assertThat(text(html, "median-" + id)).as("median " + id).isEqualTo((median != null) ? english(median) : "–");
	}

	/** The foundation layer's share of Silicon Valley's H1 2023 money, one decimal. */
	private static String foundationShare(boolean withOpenAi, Predicate<CSVRecord> counted) {
		Predicate<CSVRecord> scope = SeedCsv.inRegion("SILICON_VALLEY")
			.and((row) -> row.get("announced_on").compareTo("2023-01-01") >= 0
					&& row.get("announced_on").compareTo("2023-06-30") <= 0)
			.and((row) -> withOpenAi || !row.get("company").equals("OpenAI"))
			.and(counted);
		return percent(csv.usdWhere(scope.and((row) -> row.get("layer").equals("FOUNDATION_MODEL"))),
				csv.usdWhere(scope))
			.toPlainString();
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN);
	}

	/** "$13.53B", "$150M": billions and millions, at most two decimals. */
	public static String english(BigDecimal usd) {
		if (usd.compareTo(new BigDecimal("1000000000")) >= 0) {
			return "$" + scaled(usd.movePointLeft(9)) + "B";
		}
		if (usd.compareTo(new BigDecimal("1000000")) >= 0) {
			return "$" + scaled(usd.movePointLeft(6)) + "M";
		}
		return "$" + scaled(usd);
	}

	private static String scaled(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}

	private String badRequest(MockHttpServletRequestBuilder request) throws Exception {
		return badRequestText(request.param("lang", "en"));
	}

	/** The text of the element with the id (no nested elements). */
	static String text(String html, String id) {
		Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
		assertThat(matcher.find()).as("element #%s", id).isTrue();
		return HtmlUtils.htmlUnescape(matcher.group(1)).strip().replaceAll("\\s+", " ");
	}

	/**
	 * Statements of a request answered afresh: the view cache forgets everything first.
	 */
	private long coldCount(SqlStatements.ThrowingRunnable request) throws Exception {
		this.viewCache.clear();
		return SqlStatements.countDuring(this.entityManagerFactory, request);
	}

}
