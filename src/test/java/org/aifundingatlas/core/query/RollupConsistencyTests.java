package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.filter.ViewOptions;
import org.aifundingatlas.core.model.CompanyAge;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.Stage;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.synthetic.SyntheticData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollup cells answer exactly what the rounds answer: every aggregate the cells serve
 * is computed both ways, from the cells and from the rounds table, for random filters
 * made of what the cells keep, under every amount rule and currency, over the cited
 * rounds and {@value #GENERATED} generated ones (removed afterwards, so that the other
 * suites see the seed only); and writes with plain SQL, past the application, show in the
 * next answer.
 */
@OnDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupConsistencyTests {

	private static final int GENERATED = 10_000;

	private static final int FILTERS = 200;

	@Autowired
	private SyntheticData syntheticData;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	private FundingQueries fromCells;

	private FundingQueries fromRounds;

	@BeforeAll
	void generateRounds() {
		this.syntheticData.generate(GENERATED, 8);
	}

	@AfterAll
	void removeThem() {
		this.syntheticData.removeAll();
	}

	@BeforeEach
	void bothWays() {
		this.fromCells = new FundingQueries(this.entityManager, RollupProperties.of(true));
		this.fromRounds = new FundingQueries(this.entityManager, RollupProperties.of(false));
	}

	@Test
	void cellsAnswerRandomFiltersExactlyAsTheRoundsDo() {
		Random random = new Random(20231);
		List<YearMonth> months = monthsWithRounds();
		int fromCells = 0;
		for (int i = 0; i < FILTERS; i++) {
			RoundSelection selection = randomSelection(random, months);
			ViewOptions view = new ViewOptions(pick(random, AmountRule.values()),
					pick(random, DisplayCurrency.values()), null);
			assertSameAnswers(selection, view);
			fromCells += RollupCells.answering(selection, java.util.Set.of(), false).isPresent() ? 1 : 0;
		}
		assertThat(fromCells).as("filters the cells answer").isEqualTo(FILTERS);
	}

	/**
	 * Dates inside months (as reported periods often end: "to 24 May"): the whole months
	 * from the cells and the days at either end from the rounds add up to what the rounds
	 * alone give.
	 */
	@Test
	void datesInsideMonthsAddUpFromCellsAndDays() {
		Random random = new Random(20232);
		List<YearMonth> months = monthsWithRounds();
		int split = 0;
		for (int i = 0; i < FILTERS / 4; i++) {
			RoundSelection aligned = randomSelection(random, months);
			YearMonth a = months.get(random.nextInt(months.size()));
			YearMonth b = months.get(random.nextInt(months.size()));
			LocalDate day = a.atDay(1 + random.nextInt(a.lengthOfMonth()));
			LocalDate other = b.atDay(1 + random.nextInt(b.lengthOfMonth()));
			LocalDate from = day.isBefore(other) ? day : other;
			LocalDate to = day.isBefore(other) ? other : day;
			RoundSelection selection = aligned.between((random.nextInt(5) == 0) ? null : from,
					(random.nextInt(5) == 0) ? null : to);
			ViewOptions view = new ViewOptions(pick(random, AmountRule.values()),
					pick(random, DisplayCurrency.values()), null);
			String what = selection + " " + view;
			assertThat(this.fromCells.sumsPerRegion(selection, view)).as(what + " per region")
				.containsExactlyInAnyOrderElementsOf(this.fromRounds.sumsPerRegion(selection, view));
			assertThat(this.fromCells.totalsByRegionAnd(Dimension.LAYER, selection, view)).as(what + " by layer")
				.containsExactlyInAnyOrderElementsOf(
						this.fromRounds.totalsByRegionAnd(Dimension.LAYER, selection, view));
			split += (MonthSplit.parts(selection, java.util.Set.of(Dimension.REGION)).size() > 1) ? 1 : 0;
		}
		assertThat(split).as("filters cut into whole months and days").isGreaterThan(FILTERS / 8);
	}

	@Test
	void everyRuleAndCurrencyAgreeOnTheWholeDataset() {
		RoundSelection all = selection(List.of(), List.of(), List.of(), List.of(), false, null, null);
		for (AmountRule rule : AmountRule.values()) {
			for (DisplayCurrency currency : DisplayCurrency.values()) {
				assertSameAnswers(all, new ViewOptions(rule, currency, null));
			}
		}
	}

	@Test
	void roundsWrittenWithPlainSqlShowInTheNextAnswer() {
		RoundSelection all = selection(List.of(), List.of(), List.of(), List.of(), false, null, null);
		ViewOptions view = new ViewOptions(AmountRule.CONSERVATIVE, DisplayCurrency.USD, null);
		FundingSummary before = this.fromRounds.summary(all, view);
		Long company = this.jdbc.queryForObject("SELECT MIN(id) FROM company WHERE NOT synthetic", Long.class);
		try {
			this.jdbc.update(
					"INSERT INTO funding_round (company_id, stage, announced_on, date_precision,"
							+ " amount_reported, currency, amount_precision, amount_low, amount_high, amount_low_usd,"
							+ " amount_high_usd, source_url) VALUES (?, 'ANGEL', DATE '2019-03-15', 'DAY', 'US$2.5M',"
							+ " 'USD', 'EXACT', 2500000, 2500000, 2500000, 2500000, 'https://example.com/test')",
					company);
			Long investor = this.jdbc.queryForObject("SELECT MIN(id) FROM investor", Long.class);
			this.jdbc.update("INSERT INTO round_investor (round_id, investor_id, lead) SELECT id, ?, TRUE"
					+ " FROM funding_round WHERE source_url = 'https://example.com/test'", investor);
			FundingSummary inserted = this.fromCells.summary(all, view);
			assertThat(inserted.rounds()).isEqualTo(before.rounds() + 1);
			assertThat(inserted.amount()).isEqualByComparingTo(before.amount().add(new BigDecimal("2500000")));
			assertSameAnswers(all, view);

			this.jdbc.update("UPDATE funding_round SET amount_low = 3000000, amount_high = 4000000,"
					+ " amount_low_usd = 3000000, amount_high_usd = 4000000, amount_precision = 'APPROXIMATE'"
					+ " WHERE source_url = 'https://example.com/test'");
			assertThat(this.fromCells.summary(all, view).amount())
				.isEqualByComparingTo(before.amount().add(new BigDecimal("3000000")));
			assertSameAnswers(all, new ViewOptions(AmountRule.MIDPOINT, DisplayCurrency.USD, null));

			String layer = this.jdbc.queryForObject("SELECT layer FROM company WHERE id = ?", String.class, company);
			String other = layer.equals(Layer.MIDDLEWARE.name()) ? Layer.VERTICAL_APP.name() : Layer.MIDDLEWARE.name();
			this.jdbc.update("UPDATE company SET layer = ? WHERE id = ?", other, company);
			try {
				assertSameAnswers(all, view);
				assertSameAnswers(
						selection(List.of(Layer.valueOf(other)), List.of(), List.of(), List.of(), false, null, null),
						view);
			}
			finally {
				this.jdbc.update("UPDATE company SET layer = ? WHERE id = ?", layer, company);
			}
		}
		finally {
			this.jdbc.update("DELETE FROM funding_round WHERE source_url = 'https://example.com/test'");
		}
		FundingSummary after = this.fromCells.summary(all, view);
		assertThat(after.rounds()).isEqualTo(before.rounds());
		assertThat(after.amount()).isEqualByComparingTo(before.amount());
		assertSameAnswers(all, view);
	}

	@Test
	void cellsLessLeftOutCompaniesAnswerAsTheRoundsDo() {
		Random random = new Random(1994);
		List<YearMonth> months = monthsWithRounds();
		List<String> slugs = this.jdbc.queryForList(
				"SELECT c.slug FROM company c WHERE EXISTS (SELECT 1 FROM funding_round r WHERE r.company_id = c.id)"
						+ " ORDER BY c.id",
				String.class);
		for (int i = 0; i < 60; i++) {
			RoundSelection rollable = randomSelection(random, months);
			// The cited OpenAI (the article's exclusion) or random companies, some
			// without rounds here.
			List<String> excluded = (i % 3 == 0) ? List.of("openai")
					: List.of(slugs.get(random.nextInt(slugs.size())), slugs.get(random.nextInt(slugs.size())));
			RoundSelection selection = new RoundSelection(rollable.layer(), rollable.region(), rollable.stage(),
					rollable.from(), rollable.to(), null, null, null, null, rollable.excludeMega(), excluded, List.of(),
					rollable.companyAge());
			ViewOptions view = new ViewOptions(pick(random, AmountRule.values()),
					pick(random, DisplayCurrency.values()), null);
			for (Dimension dimension : List.of(Dimension.LAYER, Dimension.REGION, Dimension.STAGE,
					Dimension.COMPANY_AGE)) {
				assertThat(this.fromCells.totalsBy(dimension, selection, view))
					.as(selection + " " + view + " by " + dimension)
					.containsExactlyInAnyOrderElementsOf(this.fromRounds.totalsBy(dimension, selection, view));
			}
		}
	}

	@Test
	void companyCountsAndInvestorCellsFollowEveryWrite() {
		assertCompanyCountsMatchTheRounds();
		assertInvestorCellsMatchTheParts();
		this.jdbc.update("INSERT INTO company (slug, name, region, layer) VALUES"
				+ " ('count-test-co', 'Count Test Co', 'CANADA', 'FOUNDATION_MODEL')");
		try {
			// One mega-round: the company counts, but not once mega-rounds are excluded.
			this.jdbc.update("INSERT INTO funding_round (company_id, stage, announced_on, date_precision,"
					+ " amount_reported, currency, amount_precision, amount_low, amount_high, amount_low_usd,"
					+ " amount_high_usd, source_url) SELECT id, 'SERIES_C', DATE '2021-05-04', 'DAY', 'US$2B', 'USD',"
					+ " 'EXACT', 2000000000, 2000000000, 2000000000, 2000000000, 'https://example.com/count'"
					+ " FROM company WHERE slug = 'count-test-co'");
			assertCompanyCountsMatchTheRounds();
			assertInvestorCellsMatchTheParts();
			this.jdbc.update("INSERT INTO funding_round (company_id, stage, announced_on, date_precision,"
					+ " amount_reported, amount_precision, source_url) SELECT id, 'SEED', DATE '2020-01-02',"
					+ " 'DAY', 'undisclosed', 'UNDISCLOSED', 'https://example.com/count'"
					+ " FROM company WHERE slug = 'count-test-co'");
			assertCompanyCountsMatchTheRounds();
			assertInvestorCellsMatchTheParts();
			// Two investors in both rounds, one leading.
			this.jdbc.update("INSERT INTO round_investor (round_id, investor_id, lead) SELECT r.id, i.id,"
					+ " i.id = (SELECT MIN(id) FROM investor) FROM funding_round r CROSS JOIN investor i"
					+ " WHERE r.source_url = 'https://example.com/count' AND i.id IN (SELECT id FROM investor"
					+ " ORDER BY id FETCH FIRST 2 ROWS ONLY)");
			assertInvestorCellsMatchTheParts();
			this.jdbc.update("UPDATE company SET region = 'EUROPE', layer = 'MIDDLEWARE' WHERE slug = 'count-test-co'");
			assertCompanyCountsMatchTheRounds();
			assertInvestorCellsMatchTheParts();
			// A round moved to another company takes its parts to that company's layer
			// and region.
			this.jdbc.update("UPDATE funding_round SET company_id = (SELECT MIN(id) FROM company WHERE NOT synthetic"
					+ " AND layer = 'VERTICAL_APP') WHERE source_url = 'https://example.com/count'"
					+ " AND amount_precision = 'UNDISCLOSED'");
			assertCompanyCountsMatchTheRounds();
			assertInvestorCellsMatchTheParts();
			this.jdbc
				.update("UPDATE funding_round SET company_id = (SELECT id FROM company WHERE slug = 'count-test-co')"
						+ " WHERE source_url = 'https://example.com/count' AND amount_precision = 'UNDISCLOSED'");
			assertCompanyCountsMatchTheRounds();
			assertInvestorCellsMatchTheParts();
			this.jdbc.update("DELETE FROM funding_round WHERE source_url = 'https://example.com/count'"
					+ " AND amount_precision = 'EXACT'");
			assertCompanyCountsMatchTheRounds();
			assertInvestorCellsMatchTheParts();
			this.jdbc.update("DELETE FROM funding_round WHERE source_url = 'https://example.com/count'");
			assertCompanyCountsMatchTheRounds();
			assertInvestorCellsMatchTheParts();
		}
		finally {
			this.jdbc.update("DELETE FROM funding_round WHERE source_url = 'https://example.com/count'");
			this.jdbc.update("DELETE FROM company WHERE slug = 'count-test-co'");
		}
		assertCompanyCountsMatchTheRounds();
		assertInvestorCellsMatchTheParts();
	}

	/**
	 * The investor cells equal the parts counted per their round's company's layer and
	 * region.
	 */
	private void assertInvestorCellsMatchTheParts() {
		String expected = "SELECT p.investor_id, c.layer, c.region, COUNT(*) AS rounds,"
				+ " SUM(CASE WHEN p.lead THEN 1 ELSE 0 END) AS leads FROM round_investor p"
				+ " JOIN funding_round r ON r.id = p.round_id JOIN company c ON c.id = r.company_id"
				+ " GROUP BY p.investor_id, c.layer, c.region ORDER BY 1, 2, 3";
		String actual = "SELECT investor_id, layer, region, rounds, leads FROM investor_cell WHERE rounds <> 0"
				+ " OR leads <> 0 ORDER BY 1, 2, 3";
		assertThat(this.jdbc.queryForList(actual)).isEqualTo(this.jdbc.queryForList(expected));
	}

	/** The company counts equal distinct companies counted from the rounds themselves. */
	private void assertCompanyCountsMatchTheRounds() {
		String expected = "SELECT c.layer, c.region, COUNT(DISTINCT c.id) AS companies,"
				+ " COUNT(DISTINCT CASE WHEN r.amount_low_usd IS NULL OR r.amount_low_usd < 1000000000 THEN c.id END)"
				+ " AS beyond FROM funding_round r JOIN company c ON c.id = r.company_id GROUP BY c.layer, c.region"
				+ " ORDER BY 1, 2";
		String actual = "SELECT layer, region, companies, companies_beyond_mega AS beyond FROM company_count"
				+ " WHERE companies <> 0 OR companies_beyond_mega <> 0 ORDER BY 1, 2";
		assertThat(this.jdbc.queryForList(actual)).isEqualTo(this.jdbc.queryForList(expected));
	}

	@Test
	void companyTotalsRankCompaniesAsTheirRoundsDo() {
		Random random = new Random(7);
		for (int i = 0; i < 20; i++) {
			RoundSelection selection = selection(some(random, Layer.values()), some(random, Region.values()), List.of(),
					List.of(), false, null, null);
			for (AmountRule rule : AmountRule.values()) {
				for (DisplayCurrency currency : DisplayCurrency.values()) {
					ViewOptions view = new ViewOptions(rule, currency, null);
					assertThat(this.fromCells.topCompanies(selection, view, 1000)).as(selection + " " + view)
						.containsExactlyElementsOf(this.fromRounds.topCompanies(selection, view, 1000));
				}
			}
		}
	}

	@Test
	void overManyRoundsTheMedianComesFromASampleWithItsBounds() {
		// Sampling from a dataset of any size: about half of the rounds in the sample.
		long rounds = this.jdbc.queryForObject("SELECT COUNT(*) FROM funding_round", Long.class);
		FundingQueries sampled = new FundingQueries(this.entityManager, new RollupProperties(true, 0, rounds / 2));
		long slots = Math.round(1024.0 * (rounds / 2) / rounds);
		RoundSelection all = selection(List.of(), List.of(), List.of(), List.of(), false, null, null);
		ViewOptions view = new ViewOptions(AmountRule.CONSERVATIVE, DisplayCurrency.USD, null);
		List<BigDecimal> sample = this.jdbc.queryForList(
				"SELECT amount_low_usd FROM funding_round"
						+ " WHERE amount_low_usd IS NOT NULL AND MOD(id * 40503, 1024) < ? ORDER BY amount_low_usd",
				BigDecimal.class, slots);

		FundingSummary summary = sampled.summary(all, view);

		assertThat(summary.medianBounds()).isNotNull();
		assertThat(summary.medianBounds().sample()).isEqualTo(sample.size());
		assertThat(summary.median()).isEqualByComparingTo(cents(medianOf(sample)));
		assertThat(summary.medianBounds().low()).isLessThanOrEqualTo(summary.median());
		assertThat(summary.medianBounds().high()).isGreaterThanOrEqualTo(summary.median());
		assertThat(sample).contains(summary.medianBounds().low(), summary.medianBounds().high());
		// Exact medians carry no bounds.
		assertThat(this.fromCells.summary(all, view).medianBounds()).isNull();
		RegionTotals china = sampled.totalsPerRegion(all, view)
			.stream()
			.filter((totals) -> totals.region() == Region.CHINA)
			.findFirst()
			.orElseThrow();
		List<BigDecimal> chinaSample = this.jdbc.queryForList("SELECT r.amount_low_usd FROM funding_round r"
				+ " JOIN company c ON c.id = r.company_id WHERE c.region = 'CHINA' AND r.amount_low_usd IS NOT NULL"
				+ " AND MOD(r.id * 40503, 1024) < ? ORDER BY r.amount_low_usd", BigDecimal.class, slots);
		if (chinaSample.isEmpty()) {
			assertThat(china.median()).isNull();
		}
		else {
			assertThat(china.median()).isEqualByComparingTo(cents(medianOf(chinaSample)));
			assertThat(china.medianBounds().sample()).isEqualTo(chinaSample.size());
		}
	}

	/** Amounts as shown: rounded half to even to cents. */
	private static BigDecimal cents(BigDecimal value) {
		return value.setScale(2, java.math.RoundingMode.HALF_EVEN);
	}

	/** The median of sorted values, as percentile_cont(0.5) interpolates it. */
	private static BigDecimal medianOf(List<BigDecimal> sorted) {
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
	}

	private void assertSameAnswers(RoundSelection selection, ViewOptions view) {
		String what = selection + " " + view;
		assertThat(this.fromCells.summary(selection, view)).as(what)
			.isEqualTo(this.fromRounds.summary(selection, view));
		for (Dimension dimension : List.of(Dimension.LAYER, Dimension.REGION, Dimension.STAGE, Dimension.COMPANY_AGE)) {
			assertThat(this.fromCells.totalsBy(dimension, selection, view)).as(what + " by " + dimension)
				.containsExactlyInAnyOrderElementsOf(this.fromRounds.totalsBy(dimension, selection, view));
			if (dimension == Dimension.REGION) {
				continue;
			}
			assertThat(this.fromCells.totalsByRegionAnd(dimension, selection, view))
				.as(what + " region by " + dimension)
				.containsExactlyInAnyOrderElementsOf(this.fromRounds.totalsByRegionAnd(dimension, selection, view));
		}
		assertThat(this.fromCells.totalsByMonthAndRegion(selection, view)).as(what + " by month")
			.containsExactlyElementsOf(this.fromRounds.totalsByMonthAndRegion(selection, view));
		assertThat(this.fromCells.totalsPerRegion(selection, view)).as(what + " per region")
			.containsExactlyInAnyOrderElementsOf(this.fromRounds.totalsPerRegion(selection, view));
		assertThat(ids(this.fromCells.ratesUsed(selection, view.currency()))).as(what + " rates")
			.isEqualTo(ids(this.fromRounds.ratesUsed(selection, view.currency())));
		// League tables read totals and investor cells for layers and regions alone (the
		// rest both ways alike).
		if (selection
			.equals(selection(selection.layer(), selection.region(), List.of(), List.of(), false, null, null))) {
			assertThat(this.fromCells.topCompanies(selection, view, 1000)).as(what + " top companies")
				.containsExactlyElementsOf(this.fromRounds.topCompanies(selection, view, 1000));
			assertThat(this.fromCells.topInvestors(selection, 1000)).as(what + " top investors")
				.containsExactlyElementsOf(this.fromRounds.topInvestors(selection, 1000));
		}
	}

	private static List<Long> ids(List<FxRate> rates) {
		return rates.stream().map(FxRate::getId).toList();
	}

	private List<YearMonth> monthsWithRounds() {
		LocalDate first = this.jdbc.queryForObject("SELECT MIN(announced_on) FROM funding_round", LocalDate.class);
		LocalDate last = this.jdbc.queryForObject("SELECT MAX(announced_on) FROM funding_round", LocalDate.class);
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(first).minusMonths(1); !month
			.isAfter(YearMonth.from(last).plusMonths(1)); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** Any mix of what the cells keep: dates on month boundaries, often on years. */
	private static RoundSelection randomSelection(Random random, List<YearMonth> months) {
		LocalDate from = null;
		LocalDate to = null;
		if (random.nextInt(3) > 0) {
			YearMonth a = months.get(random.nextInt(months.size()));
			YearMonth b = months.get(random.nextInt(months.size()));
			YearMonth first = a.isBefore(b) ? a : b;
			YearMonth last = a.isBefore(b) ? b : a;
			boolean wholeYears = random.nextInt(4) == 0;
			from = wholeYears ? LocalDate.of(first.getYear(), 1, 1) : first.atDay(1);
			to = wholeYears ? LocalDate.of(last.getYear(), 12, 31) : last.atEndOfMonth();
			from = (random.nextInt(5) == 0) ? null : from;
			to = (random.nextInt(5) == 0) ? null : to;
		}
		return selection(some(random, Layer.values()), some(random, Region.values()), some(random, Stage.values()),
				some(random, CompanyAge.values()), random.nextInt(4) == 0, from, to);
	}

	private static RoundSelection selection(List<Layer> layers, List<Region> regions, List<Stage> stages,
			List<CompanyAge> ages, boolean excludeMega, LocalDate from, LocalDate to) {
		return new RoundSelection(layers, regions, stages, from, to, null, null, null, null, excludeMega, List.of(),
				List.of(), ages);
	}

	/** Usually none (any), else one to three distinct values. */
	private static <T> List<T> some(Random random, T[] values) {
		if (random.nextInt(2) == 0) {
			return List.of();
		}
		List<T> shuffled = new ArrayList<>(Arrays.asList(values));
		java.util.Collections.shuffle(shuffled, random);
		return List.copyOf(shuffled.subList(0, 1 + random.nextInt(Math.min(3, values.length))));
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
