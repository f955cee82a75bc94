package org.aifundingatlas.sources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aifundingatlas.compare.ComparePageTests;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.PageTestSupport;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.apache.commons.csv.CSVRecord;
import org.aifundingatlas.web.ViewCache;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The sources page: each reported figure beside the value computed from the seed CSV for
 * the same scope, and every source URL of the data reachable from the page.
 */
@OnDatabase
class SourcesPageTests extends PageTestSupport {

	@Autowired
	ViewCache viewCache;

	private static final SeedCsv csv = new SeedCsv();

	/** Rounds of H1 2023, the period of the article's figures. */
	private static final Predicate<CSVRecord> H1_2023 = (row) -> row.get("announced_on").compareTo("2023-01-01") >= 0
			&& row.get("announced_on").compareTo("2023-06-30") <= 0;

	/** Silicon Valley rounds of H1 2023, the scope of the article's figures. */
	private static final Predicate<CSVRecord> SV_H1 = SeedCsv.inRegion("SILICON_VALLEY").and(H1_2023);

	private static final String ADDED_SOURCE = "Statement count test";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void siliconValleyRoundsAndTotalBesideTheArticles() throws Exception {
		String html = html(get("/sources").param("lang", "en"));
		String rounds = row(html, "ai_deal_count", "SILICON_VALLEY", "2023-H1");
		long svRounds = csv.roundsWhere(SV_H1);
		assertThat(cell(rounds, "reported")).isEqualTo(reported("ai_deal_count", "SILICON_VALLEY"));
		assertThat(cell(rounds, "computed")).isEqualTo(String.valueOf(svRounds));
		long reportedRounds = Long.parseLong(reported("ai_deal_count", "SILICON_VALLEY"));
		assertThat(cell(rounds, "difference")).isEqualTo("-" + (reportedRounds - svRounds));
		assertThat(cell(rounds, "reason")).contains("not the article's 42", csv.roundCount() + " in all regions");

		String total = row(html, "ai_funding_total", "SILICON_VALLEY", "2023-H1");
		assertThat(cell(total, "reported")).isEqualTo("$" + reported("ai_funding_total", "SILICON_VALLEY") + "B");
		assertThat(cell(total, "computed")).isEqualTo(ComparePageTests.english(csv.usdWhere(SV_H1)));

		String mean = row(html, "ai_avg_round_size", "SILICON_VALLEY", "2023-H1");
		assertThat(cell(mean, "computed")).isEqualTo(ComparePageTests
			.english(csv.usdWhere(SV_H1).divide(BigDecimal.valueOf(svRounds), 2, RoundingMode.HALF_EVEN)));
	}

	@Test
	void layerCountsAndAmountsBesideTheArticles() throws Exception {
		String html = html(get("/sources").param("lang", "en"));
		for (String layer : List.of("FOUNDATION_MODEL", "MIDDLEWARE", "VERTICAL_APP")) {
			Predicate<CSVRecord> rows = SV_H1.and((row) -> row.get("layer").equals(layer));
			String suffix = layer.toLowerCase(Locale.ROOT);
			String count = row(html, "layer_deal_count_" + suffix, "SILICON_VALLEY", "2023-H1");
			assertThat(cell(count, "reported")).isEqualTo(reported("layer_deal_count_" + suffix, "SILICON_VALLEY"));
			assertThat(cell(count, "computed")).isEqualTo(String.valueOf(csv.roundsWhere(rows)));
			assertThat(cell(count, "reason")).contains("add up to 43, not 42");
			String amount = row(html, "layer_funding_" + suffix, "SILICON_VALLEY", "2023-H1");
			assertThat(cell(amount, "computed")).isEqualTo(ComparePageTests.english(csv.usdWhere(rows)));
		}
		assertThat(cell(row(html, "layer_funding_foundation_model", "SILICON_VALLEY", "2023-H1"), "reason"))
			.contains("Inflection", "outside the foundation layer");
	}

	@Test
	void bigTechParticipationsCountTheRoundsThatNameTheInvestor() throws Exception {
		String html = html(get("/sources").param("lang", "en"));
		for (String investor : List.of("Microsoft", "Google", "Nvidia")) {
			String metric = "bigtech_participations_" + investor.toLowerCase(Locale.ROOT);
			String row = row(html, metric, "SILICON_VALLEY", "2023-H1");
			long expected = csv.participationsWhere(SV_H1, investor);
			assertThat(expected).isPositive();
			assertThat(cell(row, "reported")).isEqualTo(reported(metric, "SILICON_VALLEY"));
			assertThat(cell(row, "computed")).as(investor).isEqualTo(String.valueOf(expected));
			assertThat(row).contains("investor=" + investor.toLowerCase(Locale.ROOT));
		}
		// OpenAI invests in no round of the dataset.
		assertThat(csv.participationsWhere(SV_H1, "OpenAI")).isZero();
		String openAi = row(html, "bigtech_participations_openai", "SILICON_VALLEY", "2023-H1");
		assertThat(cell(openAi, "computed")).isEqualTo("0");
		assertThat(cell(openAi, "reason")).contains("not named as an investor");
		assertThat(openAi).doesNotContain("investor=openai");
	}

	@Test
	void sharesAndTheAmountRuleFollowTheData() throws Exception {
		String html = html(get("/sources").param("lang", "en"));
		long svRounds = csv.roundsWhere(SV_H1);
		long seed = csv.roundsWhere(SV_H1.and((row) -> row.get("stage").equals("SEED")));
		assertThat(cell(row(html, "seed_share_of_rounds", "SILICON_VALLEY", "2023-H1"), "computed"))
			.isEqualTo(percent(seed, svRounds) + "%");
		List<String> early = List.of("ANGEL", "SEED", "PRE_A", "SERIES_A", "SERIES_B");
		long upToB = csv.roundsWhere(SV_H1.and((row) -> early.contains(row.get("stage"))));
		assertThat(cell(row(html, "series_b_or_earlier_share", "SILICON_VALLEY", "2023-H1"), "computed"))
			.isEqualTo(percent(upToB, svRounds) + "%");
		// Only exact amounts under the exact rule.
		String exact = html(get("/sources").param("lang", "en").param("amountRule", "exact"));
		assertThat(cell(row(exact, "ai_funding_total", "SILICON_VALLEY", "2023-H1"), "computed"))
			.isEqualTo(ComparePageTests
				.english(csv.usdWhere(SV_H1.and((row) -> row.get("amount_precision").equals("EXACT")))));
	}

	@Test
	void figuresWithoutCounterpartSaySo() throws Exception {
		String html = html(get("/sources").param("lang", "en"));
		assertThat(cell(row(html, "venture_funding_total_all_sectors", "GLOBAL", "2023-H1"), "reason"))
			.startsWith("No counterpart")
			.contains("AI rounds only");
		assertThat(cell(row(html, "ai_deal_count", "CHINA", "2023"), "reason")).startsWith("No counterpart")
			.contains("2023-01-01 to 2023-06-30");
		assertThat(row(html, "ai_deal_count", "CHINA", "2023")).doesNotContain("class=\"computed\"");
	}

	@Test
	void everySourceUrlOfTheDataIsLinked() throws Exception {
		String html = html(get("/sources").param("lang", "en"));
		for (String url : csv.sourceUrls()) {
			assertThat(html).as(url).contains("href=\"" + HtmlUtils.htmlEscape(url) + "\"");
		}
		for (String url : csv.fxSourceUrls()) {
			assertThat(html).as(url).contains("href=\"" + url + "\"");
		}
		for (CSVRecord figure : csv.benchmarks()) {
			if (!figure.get("source_url").isBlank()) {
				assertThat(html).contains("href=\"" + HtmlUtils.htmlEscape(figure.get("source_url")) + "\"");
			}
		}
	}

	@Test
	void chineseReadersGetYi() throws Exception {
		String html = html(get("/sources").param("lang", "zh-CN"));
		assertThat(cell(row(html, "ai_funding_total", "SILICON_VALLEY", "2023-H1"), "computed")).endsWith("亿美元");
		assertThat(html).contains("数据集可以复算的数据");
	}

	@Test
	void filtersThatDoNotApplyAreA400() throws Exception {
		String body = badRequestText(get("/sources").param("region", "CHINA").param("lang", "en"));
		assertThat(body).contains("region does not apply here");
	}

	@Test
	void sourcesRunAFixedNumberOfQueries() throws Exception {
		long byDefault = coldCount(() -> html(get("/sources").param("lang", "en")));
		long exact = coldCount(() -> html(get("/sources").param("lang", "zh-CN").param("amountRule", "exact")));
		// The data range and the figures, four aggregates (totals, layers, stages,
		// participations, each by region; the totals also read distinct companies and
		// medians when the rollup cells give the rest) per period the computable figures
		// share, and the two source lists: not one per figure, scope or round.
		assertThat(byDefault).isLessThanOrEqualTo(18);
		assertThat(exact).isEqualTo(byDefault);
	}

	@Test
	void moreFiguresCostNoMoreQueries() throws Exception {
		long seeded = coldCount(() -> html(get("/sources").param("lang", "en")));
		// Figures of the same period in scopes and breakdowns the seed does not report:
		// one query per scope would grow the count.
		List<String> added = List.of("layer_deal_count_vertical_app,CHINA,3,deals",
				"layer_funding_middleware,EUROPE,1,USD_billion", "seed_share_of_rounds,CHINA,10,percent",
				"series_b_or_earlier_share,EUROPE,50,percent", "bigtech_participations_microsoft,EUROPE,1,rounds",
				"bigtech_participations_google,CHINA,1,rounds", "ai_funding_share_of_global,CHINA,5,percent",
				"ai_deal_count,CANADA,7,deals", "genai_funded_startups,EUROPE,9,companies");
		try {
			for (String figure : added) {
				String[] parts = figure.split(",");
				this.jdbc.update(
						"INSERT INTO reported_figure (metric, period, period_start, period_end, scope,"
								+ " figure_value, unit, source_name) VALUES (?, '2023-H1', DATE '2023-01-01',"
								+ " DATE '2023-06-30', ?, ?, ?, ?)",
						parts[0], parts[1], new BigDecimal(parts[2]), parts[3], ADDED_SOURCE);
			}
			String html = html(get("/sources").param("lang", "en"));
			Predicate<CSVRecord> chinaH1 = SeedCsv.inRegion("CHINA").and(H1_2023);
			assertThat(cell(row(html, "layer_deal_count_vertical_app", "CHINA", "2023-H1"), "computed")).isEqualTo(
					String.valueOf(csv.roundsWhere(chinaH1.and((row) -> row.get("layer").equals("VERTICAL_APP")))));
			assertThat(cell(row(html, "bigtech_participations_microsoft", "EUROPE", "2023-H1"), "computed")).isEqualTo(
					String.valueOf(csv.participationsWhere(SeedCsv.inRegion("EUROPE").and(H1_2023), "Microsoft")));
			long more = coldCount(() -> html(get("/sources").param("lang", "en")));
			assertThat(more).isEqualTo(seeded);
		}
		finally {
			this.jdbc.update("DELETE FROM reported_figure WHERE source_name = ?", ADDED_SOURCE);
		}
	}

	/** The value of a reported figure as the CSV states it, trailing zeros dropped. */
	private static String reported(String metric, String region) {
		return new BigDecimal(csv.benchmarks()
			.stream()
			.filter((row) -> row.get("metric").equals(metric) && row.get("region").equals(region)
					&& row.get("period").equals("2023-H1"))
			.findFirst()
			.orElseThrow()
			.get("value")).stripTrailingZeros().toPlainString();
	}

	private static String percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100)
			.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN)
			.stripTrailingZeros()
			.toPlainString();
	}

	/** The table row of the first figure with this metric, scope and period. */
	private static String row(String html, String metric, String scope, String period) {
		Matcher matcher = Pattern
			.compile("<tr id=\"figure-\\d+\"\\s+data-metric=\"" + metric + "\"\\s+data-scope=\"" + scope
					+ "\"\\s+data-period=\"" + Pattern.quote(period) + "\">(.*?)</tr>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("row %s %s %s", metric, scope, period).isTrue();
		return matcher.group(1);
	}

	/** The text of the element of a row with this class. */
	private static String cell(String row, String cssClass) {
		Matcher matcher = Pattern.compile("class=\"[^\"]*\\b" + cssClass + "\\b[^\"]*\"[^>]*>([^<]*)<").matcher(row);
		assertThat(matcher.find()).as("%s in %s", cssClass, row).isTrue();
		return HtmlUtils.htmlUnescape(matcher.group(1)).strip();
	}

	/**
	 * Statements of a request answered afresh: the view cache forgets everything first.
	 */
	private long coldCount(SqlStatements.ThrowingRunnable request) throws Exception {
		this.viewCache.clear();
		return SqlStatements.countDuring(this.entityManagerFactory, request);
	}

}
