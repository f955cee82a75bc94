package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.filter.ViewOptions;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.Region;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's aggregates, each one SQL query (GROUP BY) over the rounds a
 * {@link RoundSelection} selects, summing under the view's amount rule and currency.
 * Rounds are never loaded into Java to be summed. Hibernate builds a record from each
 * row: the result record itself where the database's types are its own, else a row record
 * of the query's shape that rounds sums to {@link Cents} (the result records do not
 * round: they are also built from zeros and other sums, shown with their own scale).
 */
@Repository
@Transactional(readOnly = true)
public class FundingQueries {

	/**
	 * What the summary counts as a mega-round: CB Insights' line, US$100M. Not the line
	 * of the "exclude mega-rounds" switch
	 * ({@link RoundFilter#EXCLUDE_MEGA_THRESHOLD_USD}, US$1B).
	 */
	static final BigDecimal CB_INSIGHTS_MEGA_ROUND_USD = new BigDecimal("100000000");

	private final EntityManager entityManager;

	private final RollupProperties rollups;

	private final MedianSampling medians;

	FundingQueries(EntityManager entityManager, RollupProperties rollups) {
		this.entityManager = entityManager;
		this.rollups = rollups;
		this.medians = new MedianSampling(entityManager, rollups);
	}

	public FundingSummary summary(RoundSelection selection, ViewOptions view) {
		// Monthly cells, where they answer, also give the first and last month.
		RoundSource source = source(selection, Set.of(Dimension.MONTH), false);
		SummaryRow row = source
			.bind(this.entityManager.createQuery(
					"select " + source.rounds() + ", " + source.counted(view) + ", " + source.undisclosed() + ", "
							+ source.sum(view) + ", " + source.megaRounds(view.amountRule()) + ", " + source.first()
							+ ", " + source.last() + ", " + source.datasetRounds() + source.fromWhere(),
					SummaryRow.class))
			.getSingleResult();
		if (row.rounds() == null || row.rounds() == 0) {
			return new FundingSummary(0, 0, 0, null, null, null, 0, null, null);
		}
		if (source instanceof RollupCells) {
			return row.summary(this.medians.of(selection, view, row.datasetRounds(), row.counted()),
					daysWithin(selection, row.first(), row.last()));
		}
		return row.summary(new MedianEstimate(median(selection, view), null), new DataRange(row.first(), row.last()));
	}

	private BigDecimal median(RoundSelection selection, ViewOptions view) {
		BaseRounds rounds = BaseRounds.of(selection);
		String value = AmountExpression.counted(view);
		List<Number> result = rounds
			.bind(this.entityManager.createQuery("select percentile_cont(0.5) within group (order by " + value + ")"
					+ rounds.fromWhereAnd(value + " is not null"), Number.class))
			.getResultList();
		return result.isEmpty() ? null : Cents.of(result.get(0));
	}

	/**
	 * The first and last announcement of the selected rounds, given the first and last
	 * month with any: each is the first selected round of its month in date order, which
	 * the date index finds without reading the rest of the month (min and max over a join
	 * would read both months whole).
	 */
	private DataRange daysWithin(RoundSelection selection, LocalDate firstMonth, LocalDate lastMonth) {
		return new DataRange(edgeDay(selection, firstMonth, "asc"), edgeDay(selection, lastMonth, "desc"));
	}

	private LocalDate edgeDay(RoundSelection selection, LocalDate month, String order) {
		BaseRounds rounds = BaseRounds.of(selection);
		return rounds
			.bind(this.entityManager.createQuery("select r.announcedOn"
					+ rounds.fromWhereAnd("r.announcedOn >= :month and r.announcedOn < :afterMonth")
					+ " order by r.announcedOn " + order, LocalDate.class))
			.setParameter("month", month)
			.setParameter("afterMonth", month.plusMonths(1))
			.setMaxResults(1)
			.getResultList()
			.stream()
			.findFirst()
			.orElse(null);
	}

	/**
	 * Totals per code of a dimension with a single code ({@link Dimension#MONTH} has two:
	 * see {@link #totalsByMonthAndRegion}); codes without rounds are absent.
	 */
	public List<GroupTotal> totalsBy(Dimension dimension, RoundSelection selection, ViewOptions view) {
		RoundSelection everyCompany = selection.keepingEveryCompany();
		if (!selection.excludeCompany().isEmpty() && this.rollups.enabled()
				&& RollupCells.answering(everyCompany, Set.of(dimension), false).isPresent()) {
			// A few companies left out of a view the cells answer (the article's "without
			// OpenAI"): the cells' totals less those companies' own rounds, read by
			// company.
			// Codes are compared as text: cells and rounds may hold them as text or enum.
			Map<String, GroupRow> excluded = new HashMap<>();
			groupRows(dimension, selection.onlyExcludedCompanies(), view)
				.forEach((row) -> excluded.put(String.valueOf(row.code()), row));
			return groupRows(dimension, everyCompany, view).stream()
				.map((row) -> row.less(excluded.get(String.valueOf(row.code()))))
				.filter((row) -> row.rounds() > 0)
				.map(GroupRow::total)
				.toList();
		}
		return groupRows(dimension, selection, view).stream().map(GroupRow::total).toList();
	}

	private List<GroupRow> groupRows(Dimension dimension, RoundSelection selection, ViewOptions view) {
		RoundSource source = source(selection, Set.of(dimension), false);
		String group = source.dimension(dimension);
		return rows(source, "select " + group + ", " + source.rounds() + ", " + source.counted(view) + ", "
				+ source.sum(view) + source.fromWhere() + " group by " + group, GroupRow.class, (row) -> row);
	}

	/**
	 * Totals per month and region, in month then region order: the order is the table's
	 * own, whichever way the rows are stored.
	 */
	public List<MonthRegionTotal> totalsByMonthAndRegion(RoundSelection selection, ViewOptions view) {
		RoundSource source = source(selection, Set.of(Dimension.MONTH, Dimension.REGION), false);
		String groups = source.dimension(Dimension.MONTH) + ", " + source.dimension(Dimension.REGION);
		return rows(source,
				"select " + groups + ", " + source.rounds() + ", " + source.counted(view) + ", " + source.sum(view)
						+ source.fromWhere() + " group by " + groups + " order by 1, 2, 3",
				MonthRegionRow.class, MonthRegionRow::total);
	}

	/**
	 * The companies with the largest sums; companies whose amounts the rule leaves out
	 * are not ranked.
	 */
	public List<CompanyTotal> topCompanies(RoundSelection selection, ViewOptions view, int limit) {
		RoundConditions where = RoundConditions.of(selection);
		String query;
		if (this.rollups.enabled() && onlyCompanyConditions(selection)) {
			// Every round of each company counts: its total answers.
			String counted = CompanyRollupColumns.counted(view);
			String value = CompanyRollupColumns.sum(view);
			query = "select c.slug, c.name, c.nameZh, t.rounds, " + counted + ", " + value
					+ " from CompanyRollup t join t.company c" + where.and(counted + " > 0") + " order by " + value
					+ " desc, c.name";
		}
		else {
			String value = AmountExpression.counted(view);
			query = "select c.slug, c.name, c.nameZh, count(r), count(" + value + "), sum(" + value + ")"
					+ RoundConditions.FROM + where.clause() + " group by c.id, c.slug, c.name, c.nameZh"
					+ " having count(" + value + ") > 0 order by sum(" + value + ") desc, c.name";
		}
		return where.bind(this.entityManager.createQuery(query, CompanyRow.class))
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map(CompanyRow::total)
			.toList();
	}

	public List<InvestorActivity> topInvestors(RoundSelection selection, int limit) {
		RoundConditions where = RoundConditions.of(selection);
		String query;
		if (this.rollups.enabled() && where.clause().isEmpty()) {
			query = "select i.slug, i.name, i.nameZh, i.bigTech, t.rounds, t.leads from InvestorRollup t join t.investor i"
					+ " where t.rounds > 0 order by t.rounds desc, i.name";
		}
		else if (this.rollups.enabled() && onlyLayerAndRegion(selection)) {
			// The alias c names the layer and region as the conditions do.
			// The cells are summed and ranked by investor id first; only the
			// leaders, and those tied with the last, get their names. Joining
			// all 20,000 investors first cost 100 ms at a million rounds.
			query = "select i.slug, i.name, i.nameZh, i.bigTech, t.rounds, t.leads from (select c.investorId as id,"
					+ " sum(c.rounds) as rounds, sum(c.leads) as leads from InvestorCell c" + where.clause()
					+ " group by c.investorId having sum(c.rounds) > 0 order by sum(c.rounds) desc fetch first " + limit
					+ " rows with ties) t join Investor i on i.id = t.id order by t.rounds desc, i.name";
		}
		else {
			// Parts are counted by investor id, and only the leaders named, as above.
			query = "select i.slug, i.name, i.nameZh, i.bigTech, t.rounds, t.leads from (select ri.id.investorId as id,"
					+ " count(r) as rounds, sum(case when ri.lead = true then 1 else 0 end) as leads"
					+ where.participationsFrom() + where.clause()
					+ " group by ri.id.investorId order by count(r) desc fetch first " + limit
					+ " rows with ties) t join Investor i on i.id = t.id order by t.rounds desc, i.name";
		}
		return where.bind(this.entityManager.createQuery(query, InvestorActivity.class))
			.setMaxResults(limit)
			.getResultList();
	}

	/**
	 * Whether the selection names layers and regions and nothing else, which the company
	 * counts and investor cells are kept by.
	 */
	private static boolean onlyLayerAndRegion(RoundSelection selection) {
		return onlyCompanyConditions(selection) && selection.q() == null && selection.company().isEmpty()
				&& selection.excludeCompany().isEmpty();
	}

	/**
	 * Whether the selection is about companies only (layer, region, name, company lists),
	 * so that each selected company's every round counts.
	 */
	private static boolean onlyCompanyConditions(RoundSelection selection) {
		return selection.stage().isEmpty() && selection.companyAge().isEmpty() && selection.from() == null
				&& selection.to() == null && selection.investor() == null && selection.minUsd() == null
				&& selection.maxUsd() == null && !selection.excludeMega();
	}

	/**
	 * The first and last announcement dates of the whole dataset; the last is the data's
	 * as-of date.
	 */
	public DataRange dataRange() {
		return this.entityManager
			.createQuery("select min(r.announcedOn), max(r.announcedOn) from FundingRound r", DataRange.class)
			.getSingleResult();
	}

	/**
	 * The FX rates that converted the selected rounds into the display currency, so the
	 * page can cite them.
	 */
	public List<FxRate> ratesUsed(RoundSelection selection, DisplayCurrency currency) {
		RoundSource source = source(selection, Set.of(), true);
		// The ids first, then the rates. As one statement, PostgreSQL
		// probed the cells once per known rate: 528 probes of all monthly
		// cells at a million rounds, 200 ms.
		List<Long> ids = source
			.bind(this.entityManager.createQuery("select distinct " + source.fxRateId(currency) + source.fromWhere(),
					Long.class))
			.getResultList()
			.stream()
			.filter(Objects::nonNull)
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.entityManager.createQuery("select f from FxRate f where f.id in :ids", FxRate.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.sorted(Comparator.comparing(FxRate::getCurrency)
				.thenComparing(FxRate::getPeriodStart)
				// Synthetic rates may share a period with cited ones: the id keeps the
				// order stable.
				.thenComparing(FxRate::getId))
			.toList();
	}

	/**
	 * Every investor of the selected rounds with its rounds and leads, most active first:
	 * the investors of one company's rounds, or the co-investors of one investor.
	 */
	public List<InvestorActivity> investorsOf(RoundSelection selection) {
		return topInvestors(selection, Integer.MAX_VALUE);
	}

	/**
	 * Every company of the selected rounds with its sum, largest first. Unlike
	 * {@link #topCompanies} this keeps companies whose amounts the rule leaves out (an
	 * investor's undisclosed bets are still its bets).
	 */
	public List<CompanyTotal> companiesOf(RoundSelection selection, ViewOptions view) {
		RoundConditions where = RoundConditions.of(selection);
		String value = AmountExpression.counted(view);
		return rows(new BaseRounds(where),
				"select c.slug, c.name, c.nameZh, count(r), count(" + value + "), sum(" + value + ")"
						+ RoundConditions.FROM + where.clause() + " group by c.id, c.slug, c.name, c.nameZh"
						+ " order by coalesce(sum(" + value + "), 0) desc, c.name",
				CompanyRow.class, CompanyRow::total);
	}

	/**
	 * Rounds, money and median per company region: sums in US dollars and yuan under the
	 * amount rule (shares of reported totals are taken in the totals' currency), the
	 * median in the display currency, and distinct companies. Regions without rounds are
	 * absent; adding the rows up gives the whole selection. Distinct companies and the
	 * median do not add up from cells: they are read from the rounds, in one more query
	 * where the cells answer the rest.
	 */
	public List<RegionTotals> totalsPerRegion(RoundSelection selection, ViewOptions view) {
		RoundSource source = source(selection, Set.of(Dimension.REGION), false);
		if (source instanceof BaseRounds rounds) {
			return rows(
					rounds, regionTotals(rounds, view, "count(distinct c.id), percentile_cont(0.5) within group"
							+ " (order by " + AmountExpression.counted(view) + ")"),
					RegionRow.class, RegionRow::totals);
		}
		List<RegionRow> cells = rows(source, regionTotals(source, view, "0L, 0"), RegionRow.class, (row) -> row);
		Map<Region, Long> counted = new EnumMap<>(Region.class);
		cells.forEach((row) -> counted.put(row.region(), row.counted()));
		Map<Region, Long> companies = companiesPerRegion(selection);
		long datasetRounds = cells.isEmpty() ? 0 : cells.get(0).datasetRounds();
		Map<Region, MedianEstimate> medians = this.medians.perRegion(selection, view, datasetRounds, counted);
		return cells.stream()
			.map((row) -> row.with(companies.getOrDefault(row.region(), 0L),
					medians.getOrDefault(row.region(), MedianEstimate.NONE)))
			.toList();
	}

	/**
	 * Rounds and money per region (distinct companies and medians left at none), for
	 * dates inside months too: the whole months from the cells and the days at either end
	 * from the rounds, added up per region ({@link MonthSplit}).
	 */
	public List<RegionTotals> sumsPerRegion(RoundSelection selection, ViewOptions view) {
		// Parts are added before their sums are rounded to cents, as one query would.
		Map<Region, RegionRow> byRegion = new EnumMap<>(Region.class);
		for (RoundSelection part : partsByMonth(selection, Set.of(Dimension.REGION))) {
			RoundSource source = source(part, Set.of(Dimension.REGION), false);
			rows(source, regionTotals(source, view, "0L, 0"), RegionRow.class, (row) -> row)
				.forEach((row) -> byRegion.merge(row.region(), row, RegionRow::plus));
		}
		return byRegion.values().stream().map((row) -> row.with(0, MedianEstimate.NONE)).toList();
	}

	private List<RoundSelection> partsByMonth(RoundSelection selection, Set<Dimension> groups) {
		return this.rollups.enabled() ? MonthSplit.parts(selection, groups) : List.of(selection);
	}

	/**
	 * Distinct companies with a selected round per region: from the company counts when
	 * the selection is about layer and region alone, from the company totals when every
	 * round of a selected company counts, else from the rounds.
	 */
	public Map<Region, Long> companiesPerRegion(RoundSelection selection) {
		String region = Dimension.REGION.hql();
		RoundSelection companies = selection.includingMega();
		boolean fromTotals = this.rollups.enabled() && onlyCompanyConditions(companies);
		boolean fromCounts = fromTotals && onlyLayerAndRegion(companies);
		RoundConditions where = RoundConditions.of(fromTotals ? companies : selection);
		String query;
		if (fromCounts) {
			// The alias c names the layer and region as the conditions do.
			query = "select " + region + ", sum(" + (selection.excludeMega() ? "c.companiesBeyondMega" : "c.companies")
					+ ") from CompanyCount c" + where.clause() + " group by " + region;
		}
		else if (fromTotals) {
			// Without mega-rounds, a company counts unless all its rounds are
			// mega-rounds.
			query = "select " + region + ", count(t) from CompanyRollup t join t.company c"
					+ where.and(selection.excludeMega() ? "t.rounds > t.megaRounds" : "t.rounds > 0") + " group by "
					+ region;
		}
		else {
			query = "select " + region + ", count(distinct c.id)" + RoundConditions.FROM + where.clause() + " group by "
					+ region;
		}
		Map<Region, Long> counts = new EnumMap<>(Region.class);
		rows(new BaseRounds(where), query, RegionCount.class, (row) -> counts.put(row.region(), row.count()));
		return counts;
	}

	/**
	 * Per region: rounds, counted, undisclosed, the given columns, sums in both
	 * currencies.
	 */
	private static String regionTotals(RoundSource source, ViewOptions view, String companiesAndMedian) {
		String region = source.dimension(Dimension.REGION);
		return "select " + region + ", " + source.rounds() + ", " + source.counted(view) + ", " + source.undisclosed()
				+ ", " + companiesAndMedian + ", " + source.sum(view.amountRule(), DisplayCurrency.USD) + ", "
				+ source.sum(view.amountRule(), DisplayCurrency.CNY) + ", " + source.datasetRounds()
				+ source.fromWhere() + " group by " + region;
	}

	/**
	 * Totals per region and code of a dimension with a single code, one query;
	 * combinations without rounds are absent.
	 */
	public List<RegionGroupTotal> totalsByRegionAnd(Dimension dimension, RoundSelection selection, ViewOptions view) {
		Set<Dimension> dimensions = EnumSet.of(Dimension.REGION, dimension);
		// Dates inside months: the parts' groups added up before rounding to cents
		// ({@link MonthSplit}). Codes are compared as text: cells and rounds may hold
		// them as text or enum.
		Map<List<String>, RegionGroupRow> groupsByKey = new LinkedHashMap<>();
		for (RoundSelection part : partsByMonth(selection, dimensions)) {
			RoundSource source = source(part, dimensions, false);
			String groups = source.dimension(Dimension.REGION) + ", " + source.dimension(dimension);
			rows(source,
					"select " + groups + ", " + source.rounds() + ", " + source.counted(view) + ", " + source.sum(view)
							+ source.fromWhere() + " group by " + groups,
					RegionGroupRow.class, (row) -> row)
				.forEach((row) -> groupsByKey.merge(List.of(row.region().name(), String.valueOf(row.code())), row,
						RegionGroupRow::plus));
		}
		return groupsByKey.values().stream().map(RegionGroupRow::total).toList();
	}

	/**
	 * How many of the selected rounds each of the given investors took part in, one
	 * query; investors in none are absent.
	 */
	public Map<String, Long> participations(RoundSelection selection, Collection<String> investorSlugs) {
		if (investorSlugs.isEmpty()) {
			return Map.of();
		}
		RoundConditions where = RoundConditions.of(selection);
		Map<String, Long> counts = new LinkedHashMap<>();
		where
			.bind(this.entityManager.createQuery("select i.slug, count(distinct r.id) from RoundInvestor ri"
					+ " join ri.round r join r.company c join ri.investor i" + where.and("i.slug in :investorSlugs")
					+ " group by i.slug", Participation.class))
			.setParameter("investorSlugs", investorSlugs)
			.getResultList()
			.forEach((row) -> counts.put(row.slug(), row.rounds()));
		return counts;
	}

	/**
	 * The summary's row: over no rounds sums are {@code null}, and from the cells counts
	 * too; from the cells, the first and last are months.
	 */
	record SummaryRow(Long rounds, Long counted, Long undisclosed, Number amount, Long megaRounds, LocalDate first,
			LocalDate last, long datasetRounds) {

		FundingSummary summary(MedianEstimate median, DataRange dates) {
			return new FundingSummary(this.rounds, zeroIfNull(this.counted), zeroIfNull(this.undisclosed),
					Cents.of(this.amount), median.value(), median.bounds(), zeroIfNull(this.megaRounds), dates.first(),
					dates.asOf());
		}

		private static long zeroIfNull(Long count) {
			return (count != null) ? count : 0;
		}

	}

	/** A group's row: its code as the dimension yields it (a constant or a code). */
	record GroupRow(Object code, long rounds, long counted, Number amount) {

		/** This group less another's rounds and money (none when null). */
		GroupRow less(GroupRow other) {
			if (other == null) {
				return this;
			}
			BigDecimal rest = (this.amount != null) ? new BigDecimal(this.amount.toString()) : BigDecimal.ZERO;
			if (other.amount != null) {
				rest = rest.subtract(new BigDecimal(other.amount.toString()));
			}
			long restCounted = this.counted - other.counted;
			return new GroupRow(this.code, this.rounds - other.rounds, restCounted, (restCounted > 0) ? rest : null);
		}

		GroupTotal total() {
			return new GroupTotal(String.valueOf(this.code), this.rounds, this.counted, Cents.of(this.amount));
		}

	}

	/** Two parts' raw sums added before rounding to cents; none when neither has one. */
	private static BigDecimal plus(Number a, Number b) {
		if (a == null || b == null) {
			return (a != null) ? new BigDecimal(a.toString()) : (b != null) ? new BigDecimal(b.toString()) : null;
		}
		return new BigDecimal(a.toString()).add(new BigDecimal(b.toString()));
	}

	record RegionGroupRow(Region region, Object code, long rounds, long counted, Number amount) {

		/** This group with another part of the same region and code. */
		RegionGroupRow plus(RegionGroupRow other) {
			return new RegionGroupRow(this.region, this.code, this.rounds + other.rounds, this.counted + other.counted,
					FundingQueries.plus(this.amount, other.amount));
		}

		RegionGroupTotal total() {
			return new RegionGroupTotal(this.region,
					new GroupRow(this.code, this.rounds, this.counted, this.amount).total());
		}

	}

	/** A month's row: EXTRACT's numeric type is the database's. */
	record MonthRegionRow(Number year, Number month, Region region, long rounds, long counted, Number amount) {

		MonthRegionTotal total() {
			return new MonthRegionTotal(this.year.intValue(), this.month.intValue(), this.region.name(), this.rounds,
					this.counted, Cents.of(this.amount));
		}

	}

	record CompanyRow(String slug, String name, String nameZh, long rounds, long counted, Number amount) {

		CompanyTotal total() {
			return new CompanyTotal(this.slug, this.name, this.nameZh, this.rounds, this.counted,
					Cents.of(this.amount));
		}

	}

	record RegionRow(Region region, long rounds, long counted, long undisclosed, long companies, Number median,
			Number usd, Number cny, long datasetRounds) {

		/** This region's sums with another part's (neither has companies or a median). */
		RegionRow plus(RegionRow other) {
			return new RegionRow(this.region, this.rounds + other.rounds, this.counted + other.counted,
					this.undisclosed + other.undisclosed, 0, null, FundingQueries.plus(this.usd, other.usd),
					FundingQueries.plus(this.cny, other.cny), this.datasetRounds);
		}

		RegionTotals with(long companies, MedianEstimate median) {
			return new RegionTotals(this.region, this.rounds, this.counted, this.undisclosed, companies,
					Cents.of(this.usd), Cents.of(this.cny), median.value(), median.bounds());
		}

		RegionTotals totals() {
			return new RegionTotals(this.region, this.rounds, this.counted, this.undisclosed, this.companies,
					Cents.of(this.usd), Cents.of(this.cny), Cents.of(this.median), null);
		}

	}

	record RegionCount(Region region, long count) {

	}

	record Participation(String slug, long rounds) {

	}

	/**
	 * Where an aggregate grouped by the dimensions reads the selected rounds: the cells
	 * of the smallest grain that answers it, else the rounds.
	 */
	private RoundSource source(RoundSelection selection, Set<Dimension> groups, boolean fxRates) {
		Optional<RollupCells> cells = this.rollups.enabled() ? RollupCells.answering(selection, groups, fxRates)
				: Optional.empty();
		return cells.<RoundSource>map((found) -> found).orElseGet(() -> BaseRounds.of(selection));
	}

	/**
	 * The rows of a query over rounds under the conditions, each read into the record of
	 * the query's shape and turned into its result.
	 */
	private <R, T> List<T> rows(RoundSource source, String hql, Class<R> row, Function<R, T> result) {
		return source.bind(this.entityManager.createQuery(hql, row)).getResultList().stream().map(result).toList();
	}

}
