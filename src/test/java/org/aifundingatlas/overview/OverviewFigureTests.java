package org.aifundingatlas.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.core.query.FundingSummary;
import org.aifundingatlas.core.query.ShareOfGlobal;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.web.ChartSpec;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview's KPIs and breakdowns under different filters, amount rules and
 * currencies, each compared with the value computed from the seed CSV.
 */
@OnDatabase
class OverviewFigureTests {

	private static final SeedCsv csv = new SeedCsv();

	private static final BigDecimal MEGA = new BigDecimal("100000000");

	@Autowired
	MockMvc mvc;

	@Test
	void kpisEqualTheCsv() throws Exception {
		FundingSummary summary = overview(get("/")).summary();
		List<BigDecimal> amounts = csv.disclosedUsd();
		assertThat(summary.rounds()).isEqualTo(csv.roundCount());
		assertThat(summary.counted()).isEqualTo(amounts.size());
		assertThat(summary.undisclosed()).isEqualTo(csv.undisclosedRoundCount());
		assertThat(summary.amount()).isEqualByComparingTo(csv.totalUsd());
		assertThat(summary.mean())
			.isEqualByComparingTo(csv.totalUsd().divide(BigDecimal.valueOf(amounts.size()), 2, RoundingMode.HALF_EVEN));
		assertThat(summary.median()).isEqualByComparingTo(median(amounts));
		assertThat(summary.megaRounds()).isEqualTo(amounts.stream().filter((a) -> a.compareTo(MEGA) >= 0).count());
	}

	@Test
	void shareOfGlobalUsesTheArticlesPitchBookTotalByDefault() throws Exception {
		Overview.Model model = overview(get("/"));
		CSVRecord pitchBook = csv.reportedFigures()
			.stream()
			.filter((f) -> f.get("metric").equals("ai_funding_total") && f.get("period").equals("2023-H1")
					&& f.get("region").equals("GLOBAL") && f.get("value").equals("25.5"))
			.findFirst()
			.orElseThrow();
		ShareOfGlobal share = model.share().orElseThrow();
		assertThat(share.denominator().sourceName()).isEqualTo(pitchBook.get("source_name"));
		assertThat(share.percent()).isEqualByComparingTo(csv.totalUsd()
			.multiply(BigDecimal.valueOf(100))
			.divide(new BigDecimal("25500000000"), 1, RoundingMode.HALF_EVEN));
		// Every H1 2023 global total reported is offered: 25.5, 25, 40, 25.9 and 29.6
		// (US$B).
		assertThat(model.denominators())
			.extracting((t) -> t.usd().movePointLeft(9).stripTrailingZeros().toPlainString())
			.containsExactlyInAnyOrder("25.5", "25", "40", "25.9", "29.6");
	}

	@Test
	void chosenDenominatorChangesTheShare() throws Exception {
		Overview.Model defaults = overview(get("/"));
		long revised = defaults.denominators()
			.stream()
			.filter((t) -> t.usd().compareTo(new BigDecimal("29600000000")) == 0)
			.findFirst()
			.orElseThrow()
			.id();
		ShareOfGlobal share = overview(get("/").param("globalTotal", String.valueOf(revised))).share().orElseThrow();
		assertThat(share.percent()).isEqualByComparingTo(csv.totalUsd()
			.multiply(BigDecimal.valueOf(100))
			.divide(new BigDecimal("29600000000"), 1, RoundingMode.HALF_EVEN));
	}

	@Test
	void exactRuleCountsOnlyExactAmountsAndSaysHowManyItLeavesOut() throws Exception {
		FundingSummary summary = overview(get("/").param("amountRule", "exact")).summary();
		List<CSVRecord> exact = csv.rounds().stream().filter((r) -> r.get("amount_precision").equals("EXACT")).toList();
		assertThat(summary.amount())
			.isEqualByComparingTo(exact.stream().map(csv::lowerBoundUsd).reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(summary.leftOut()).isEqualTo(csv.roundCount() - exact.size());
	}

	@Test
	void midpointRuleUsesTheMiddleOfRangesAndTheFloorOfOpenAmounts() throws Exception {
		// Every amount in the 2023 H1 file is a point or a floor, so the midpoint equals
		// the floor.
		FundingSummary summary = overview(get("/").param("amountRule", "midpoint")).summary();
		assertThat(summary.amount()).isEqualByComparingTo(csv.totalUsd());
		assertThat(summary.leftOut()).isEqualTo(csv.undisclosedRoundCount());
	}

	@Test
	void yuanTotalsAreTheSumOfTheRoundsInYuan() throws Exception {
		Overview.Model model = overview(get("/").param("currency", "CNY"));
		BigDecimal expected = csv.cnyBy((row) -> "all").get("all");
		assertThat(model.summary().amount()).isEqualByComparingTo(expected);
		assertThat(model.ratesUsed()).extracting((rate) -> rate.getCurrency()).containsOnly("CNY").isNotEmpty();
		// The share of the global total stays a dollar ratio whatever the display
		// currency.
		assertThat(model.share().orElseThrow().usd()).isEqualByComparingTo(csv.totalUsd());
	}

	@Test
	void filtersNarrowEveryFigure() throws Exception {
		Overview.Model model = overview(get("/").param("region", "SILICON_VALLEY")
			.param("excludeMega", "true")
			.param("layer", "FOUNDATION_MODEL"));
		List<CSVRecord> expected = csv.rounds()
			.stream()
			.filter((r) -> r.get("region").equals("SILICON_VALLEY") && r.get("layer").equals("FOUNDATION_MODEL"))
			.filter((r) -> csv.lowerBoundUsd(r) == null || csv.lowerBoundUsd(r).compareTo(new BigDecimal("1e9")) < 0)
			.toList();
		assertThat(model.summary().rounds()).isEqualTo(expected.size());
		assertThat(model.summary().amount()).isEqualByComparingTo(expected.stream()
			.map(csv::lowerBoundUsd)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		ChartSpec layers = model.chart("layer-chart");
		assertThat(layers.series().get(1).data()).extracting(BigDecimal::intValue)
			.containsExactly(expected.size(), 0, 0);
	}

	@Test
	void everyBarLinksToTheRoundsBehindIt() throws Exception {
		Overview.Model model = overview(get("/").param("region", "CHINA").param("lang", "en"));
		ChartSpec layers = model.chart("layer-chart");
		assertThat(layers.series().get(0).links()).containsExactly(
				"/rounds?region=CHINA&layer=FOUNDATION_MODEL&lang=en", "/rounds?region=CHINA&layer=MIDDLEWARE&lang=en",
				"/rounds?region=CHINA&layer=VERTICAL_APP&lang=en");
		ChartSpec timeline = model.chart("timeline-chart");
		assertThat(timeline.codes()).first().isEqualTo("2023-01");
		assertThat(timeline.series().get(0).links().get(0))
			.isEqualTo("/rounds?region=CHINA&from=2023-01-01&to=2023-01-31&lang=en");
		assertThat(model.chart("companies-chart").series().get(0).links())
			.allSatisfy((link) -> assertThat(link).startsWith("/rounds?region=CHINA&company="));
		// Names in the tables lead to the profiles.
		ChartSpec companies = model.chart("companies-chart");
		assertThat(companies.profiles()).hasSameSizeAs(companies.codes());
		for (int i = 0; i < companies.codes().size(); i++) {
			assertThat(companies.profiles().get(i)).startsWith("/companies/" + companies.codes().get(i) + "?");
		}
		assertThat(model.chart("investors-chart").profiles())
			.allSatisfy((link) -> assertThat(link).startsWith("/investors/"));
		assertThat(model.chart("layer-chart").profiles()).isEmpty();
	}

	@Test
	void timelineMonthsSumToTheTotal() throws Exception {
		Overview.Model model = overview(get("/"));
		BigDecimal sum = model.chart("timeline-chart")
			.series()
			.stream()
			.flatMap((series) -> series.data().stream())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sum).isEqualByComparingTo(csv.totalUsd());
		Map<String, BigDecimal> byMonth = csv.usdBy((row) -> row.get("announced_on").substring(0, 7));
		ChartSpec timeline = model.chart("timeline-chart");
		for (int i = 0; i < timeline.codes().size(); i++) {
			int month = i;
			BigDecimal ofMonth = timeline.series()
				.stream()
				.map((series) -> series.data().get(month))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(ofMonth).as(timeline.codes().get(i))
				.isEqualByComparingTo(byMonth.getOrDefault(timeline.codes().get(i), BigDecimal.ZERO));
		}
	}

	@Test
	void topInvestorsAreRankedByRoundsWithBigTechMarked() throws Exception {
		ChartSpec investors = overview(get("/").param("lang", "en")).chart("investors-chart");
		Map<String, Long> rounds = new java.util.HashMap<>();
		for (CSVRecord row : csv.rounds()) {
			java.util.Set<String> names = new java.util.LinkedHashSet<>(csv.investorsOf(row, "lead_investors"));
			names.addAll(csv.investorsOf(row, "other_investors"));
			names.forEach((name) -> rounds.merge(name, 1L, Long::sum));
		}
		long most = rounds.values().stream().max(Long::compare).orElseThrow();
		assertThat(investors.labels().get(0)).startsWith("Microsoft").endsWith("★");
		BigDecimal first = investors.series().get(0).data().get(0).add(investors.series().get(1).data().get(0));
		assertThat(first.longValue()).isEqualTo(most);
	}

	private Overview.Model overview(MockHttpServletRequestBuilder request) throws Exception {
		return (Overview.Model) this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("overview");
	}

	private static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		BigDecimal median = (n % 2 == 1) ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
		return median.setScale(2, RoundingMode.HALF_EVEN);
	}

}
