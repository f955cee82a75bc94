package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.FxRate;
import org.aifundingatlas.core.model.Region;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's aggregates, each one SQL query (GROUP BY) over the rounds a
 * {@link RoundFilter} selects, summing under its amount rule and currency. Rounds are
 * never loaded into Java to be summed.
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

	FundingQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public FundingSummary summary(RoundFilter filter) {
		RoundConditions where = RoundConditions.of(filter);
		String value = value(filter);
		String usd = filter.amountRule().valueOf("r", DisplayCurrency.USD);
		Object[] row = where.bind(this.entityManager.createQuery("select count(r), count(" + value + "),"
				+ " sum(case when r.amountPrecision = org.aifundingatlas.core.model.AmountPrecision.UNDISCLOSED then 1"
				+ " else 0 end), sum(" + value + "), sum(case when " + usd + " >= :mega then 1 else 0 end),"
				+ " min(r.announcedOn), max(r.announcedOn)" + RoundConditions.FROM + where.clause(), Object[].class))
			.setParameter("mega", CB_INSIGHTS_MEGA_ROUND_USD)
			.getSingleResult();
		return new FundingSummary(count(row[0]), count(row[1]), count(row[2]), decimal(row[3]), median(filter),
				count(row[4]), (LocalDate) row[5], (LocalDate) row[6]);
	}

	private BigDecimal median(RoundFilter filter) {
		RoundConditions where = RoundConditions.of(filter);
		String value = value(filter);
		List<Object> result = where
			.bind(this.entityManager.createQuery("select percentile_cont(0.5) within group (order by " + value + ")"
					+ RoundConditions.FROM + where.and(value + " is not null"), Object.class))
			.getResultList();
		return result.isEmpty() ? null : decimal(result.get(0));
	}

	/**
	 * Totals per value of a grouping expression, e.g. {@code c.layer}; groups without
	 * rounds are absent.
	 */
	public List<GroupTotal> totalsBy(String groupExpression, RoundFilter filter) {
		RoundConditions where = RoundConditions.of(filter);
		String value = value(filter);
		return where
			.bind(this.entityManager
				.createQuery(
						"select " + groupExpression + ", count(r), count(" + value + "), sum(" + value + ")"
								+ RoundConditions.FROM + where.clause() + " group by " + groupExpression,
						Object[].class))
			.getResultList()
			.stream()
			.map((row) -> new GroupTotal(String.valueOf(row[0]), count(row[1]), count(row[2]), decimal(row[3])))
			.toList();
	}

	public List<MonthRegionTotal> totalsByMonthAndRegion(RoundFilter filter) {
		RoundConditions where = RoundConditions.of(filter);
		String value = value(filter);
		String year = "extract(year from r.announcedOn)";
		String month = "extract(month from r.announcedOn)";
		return where
			.bind(this.entityManager.createQuery("select " + year + ", " + month + ", c.region, count(r), count("
					+ value + "), sum(" + value + ")" + RoundConditions.FROM + where.clause() + " group by " + year
					+ ", " + month + ", c.region order by 1, 2", Object[].class))
			.getResultList()
			.stream()
			.map((row) -> new MonthRegionTotal(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
					String.valueOf(row[2]), count(row[3]), count(row[4]), decimal(row[5])))
			.toList();
	}

	/**
	 * The companies with the largest sums; companies whose amounts the rule leaves out
	 * are not ranked.
	 */
	public List<CompanyTotal> topCompanies(RoundFilter filter, int limit) {
		RoundConditions where = RoundConditions.of(filter);
		String value = value(filter);
		return where
			.bind(this.entityManager.createQuery(
					"select c.slug, c.name, c.nameZh, count(r), count(" + value + "), sum(" + value + ")"
							+ RoundConditions.FROM + where.clause() + " group by c.id, c.slug, c.name, c.nameZh"
							+ " having count(" + value + ") > 0 order by sum(" + value + ") desc, c.name",
					Object[].class))
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map((row) -> new CompanyTotal((String) row[0], (String) row[1], (String) row[2], count(row[3]),
					count(row[4]), decimal(row[5])))
			.toList();
	}

	public List<InvestorActivity> topInvestors(RoundFilter filter, int limit) {
		RoundConditions where = RoundConditions.of(filter);
		return where
			.bind(this.entityManager.createQuery(
					"select i.slug, i.name, i.nameZh, i.bigTech, count(r),"
							+ " sum(case when ri.lead = true then 1 else 0 end) from RoundInvestor ri join ri.round r"
							+ " join r.company c join ri.investor i" + where.clause()
							+ " group by i.id, i.slug, i.name, i.nameZh, i.bigTech order by count(r) desc, i.name",
					Object[].class))
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map((row) -> new InvestorActivity((String) row[0], (String) row[1], (String) row[2], (Boolean) row[3],
					count(row[4]), count(row[5])))
			.toList();
	}

	/**
	 * The first and last announcement dates of the whole dataset; the last is the data's
	 * as-of date.
	 */
	public DataRange dataRange() {
		Object[] row = this.entityManager
			.createQuery("select min(r.announcedOn), max(r.announcedOn) from FundingRound r", Object[].class)
			.getSingleResult();
		return new DataRange((LocalDate) row[0], (LocalDate) row[1]);
	}

	/**
	 * The FX rates that converted the filtered rounds into the display currency, so the
	 * page can cite them.
	 */
	public List<FxRate> ratesUsed(RoundFilter filter) {
		RoundConditions where = RoundConditions.of(filter);
		String rate = (filter.currency() == DisplayCurrency.CNY) ? "r.cnyFxRate" : "r.fxRate";
		return where
			.bind(this.entityManager.createQuery(
					"select distinct f" + RoundConditions.FROM + " join " + rate + " f" + where.clause(), FxRate.class))
			.getResultList()
			.stream()
			.sorted(java.util.Comparator.comparing(FxRate::getCurrency).thenComparing(FxRate::getPeriodStart))
			.toList();
	}

	private static String value(RoundFilter filter) {
		return filter.amountRule().valueOf("r", filter.currency());
	}

	private static long count(Object value) {
		return (value != null) ? ((Number) value).longValue() : 0;
	}

	/**
	 * Sums come back as BigDecimal, medians as Double on some databases: normalise to
	 * cents.
	 */
	private static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		BigDecimal decimal = (value instanceof BigDecimal big) ? big : new BigDecimal(value.toString());
		return decimal.setScale(2, java.math.RoundingMode.HALF_EVEN);
	}

	/**
	 * Every investor of the filtered rounds with its rounds and leads, most active first:
	 * the investors of one company's rounds, or the co-investors of one investor.
	 */
	public List<InvestorActivity> investorsOf(RoundFilter filter) {
		return topInvestors(filter, Integer.MAX_VALUE);
	}

	/**
	 * Every company of the filtered rounds with its sum, largest first. Unlike
	 * {@link #topCompanies} this keeps companies whose amounts the rule leaves out (an
	 * investor's undisclosed bets are still its bets).
	 */
	public List<CompanyTotal> companiesOf(RoundFilter filter) {
		RoundConditions where = RoundConditions.of(filter);
		String value = value(filter);
		return where
			.bind(this.entityManager.createQuery("select c.slug, c.name, c.nameZh, count(r), count(" + value + "), sum("
					+ value + ")" + RoundConditions.FROM + where.clause() + " group by c.id, c.slug, c.name, c.nameZh"
					+ " order by coalesce(sum(" + value + "), 0) desc, c.name", Object[].class))
			.getResultList()
			.stream()
			.map((row) -> new CompanyTotal((String) row[0], (String) row[1], (String) row[2], count(row[3]),
					count(row[4]), decimal(row[5])))
			.toList();
	}

	/**
	 * Rounds, money and median per company region in one query (GROUP BY region): sums in
	 * US dollars and yuan under the amount rule (shares of reported totals are taken in
	 * the totals' currency), the median in the display currency, and distinct companies.
	 * Regions without rounds are absent; adding the rows up gives the whole filter.
	 */
	public List<RegionTotals> totalsPerRegion(RoundFilter filter) {
		RoundConditions where = RoundConditions.of(filter);
		String value = value(filter);
		String usd = filter.amountRule().valueOf("r", DisplayCurrency.USD);
		String cny = filter.amountRule().valueOf("r", DisplayCurrency.CNY);
		return where.bind(this.entityManager.createQuery("select c.region, count(r), count(" + value + "),"
				+ " sum(case when r.amountPrecision = org.aifundingatlas.core.model.AmountPrecision.UNDISCLOSED then 1"
				+ " else 0 end), count(distinct c.id), sum(" + usd + "), sum(" + cny + "),"
				+ " percentile_cont(0.5) within group (order by " + value + ")" + RoundConditions.FROM + where.clause()
				+ " group by c.region", Object[].class))
			.getResultList()
			.stream()
			.map((row) -> new RegionTotals((org.aifundingatlas.core.model.Region) row[0], count(row[1]), count(row[2]),
					count(row[3]), count(row[4]), decimal(row[5]), decimal(row[6]), decimal(row[7])))
			.toList();
	}

	/**
	 * Totals per region and value of a grouping expression (e.g. {@code c.layer}), one
	 * query; combinations without rounds are absent.
	 */
	public List<RegionGroupTotal> totalsByRegionAnd(String groupExpression, RoundFilter filter) {
		RoundConditions where = RoundConditions.of(filter);
		String value = value(filter);
		return where
			.bind(this.entityManager.createQuery(
					"select c.region, " + groupExpression + ", count(r), count(" + value + "), sum(" + value + ")"
							+ RoundConditions.FROM + where.clause() + " group by c.region, " + groupExpression,
					Object[].class))
			.getResultList()
			.stream()
			.map((row) -> new RegionGroupTotal((org.aifundingatlas.core.model.Region) row[0],
					new GroupTotal(String.valueOf(row[1]), count(row[2]), count(row[3]), decimal(row[4]))))
			.toList();
	}

	/**
	 * How many of the filtered rounds each of the given investors took part in, one
	 * query; investors in none are absent.
	 */
	public java.util.Map<String, Long> participations(RoundFilter filter, java.util.Collection<String> investorSlugs) {
		if (investorSlugs.isEmpty()) {
			return java.util.Map.of();
		}
		RoundConditions where = RoundConditions.of(filter);
		java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
		where
			.bind(this.entityManager.createQuery("select i.slug, count(distinct r.id) from RoundInvestor ri"
					+ " join ri.round r join r.company c join ri.investor i" + where.and("i.slug in :investorSlugs")
					+ " group by i.slug", Object[].class))
			.setParameter("investorSlugs", investorSlugs)
			.getResultList()
			.forEach((row) -> counts.put((String) row[0], count(row[1])));
		return counts;
	}

}
