package org.aifundingatlas.core.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Query;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.filter.RoundSelection;

/**
 * A {@link RoundSelection} as an HQL WHERE clause with named parameters: the single
 * translation of the filter into SQL, shared by the pages, the exports and every
 * aggregate. Queries using it select {@code from FundingRound r join r.company c}; where
 * each {@link Dimension} lives in them is the dimension's own.
 *
 * @param clause "where ..." or empty
 * @param parameters the values of its named parameters
 * @param readsCompany whether the clause names the company (alias {@code c})
 */
public record RoundConditions(String clause, Map<String, Object> parameters, boolean readsCompany) {

	/** The FROM part every query over rounds uses with these conditions. */
	public static final String FROM = " from FundingRound r join r.company c ";

	/**
	 * The FROM part of a query that reads nothing of the company beyond these conditions
	 * (alias {@code r}, and {@code c} only when a condition names it).
	 */
	public String roundsFrom() {
		return " from FundingRound r" + (this.readsCompany ? " join r.company c " : " ");
	}

	/**
	 * The FROM part of a query over the investors' parts in rounds (aliases {@code ri}
	 * and {@code r}), joining each round's company only when a condition names it: under
	 * an investor or date filter alone that is one lookup less per part (173,000 for the
	 * co-investors of the most active synthetic investor). The investor is
	 * {@code ri.id.investorId}: its names are joined once per investor, not per part.
	 */
	public String participationsFrom() {
		return " from RoundInvestor ri join ri.round r" + (this.readsCompany ? " join r.company c" : "");
	}

	public static RoundConditions of(RoundSelection filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		in(conditions, parameters, Dimension.LAYER, filter.layer());
		in(conditions, parameters, Dimension.REGION, filter.region());
		in(conditions, parameters, Dimension.STAGE, filter.stage());
		if (filter.from() != null) {
			conditions.add("r.announcedOn >= :from");
			parameters.put("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add("r.announcedOn <= :to");
			parameters.put("to", filter.to());
		}
		if (filter.investor() != null) {
			// The investor's rounds from its (investor, round) index, then each round by
			// its id. As a correlated EXISTS, PostgreSQL gathered the ids into a hash
			// first: a third slower for an investor in 54,000 rounds.
			conditions.add("r.id in (select fi.id.roundId from RoundInvestor fi where fi.id.investorId ="
					+ " (select fv.id from Investor fv where fv.slug = :investor))");
			parameters.put("investor", filter.investor());
		}
		if (filter.minUsd() != null) {
			conditions.add("r.amountLowUsd >= :minUsd");
			parameters.put("minUsd", filter.minUsd());
		}
		if (filter.maxUsd() != null) {
			conditions.add("r.amountLowUsd <= :maxUsd");
			parameters.put("maxUsd", filter.maxUsd());
		}
		if (filter.q() != null) {
			conditions.add("(lower(c.name) like :q escape '\\' or lower(coalesce(c.nameZh, '')) like :q escape '\\')");
			parameters.put("q", "%" + escapeLike(filter.q().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.excludeMega()) {
			// Undisclosed rounds stay: nothing says they are mega-rounds.
			conditions.add("(r.amountLowUsd is null or r.amountLowUsd < :megaUsd)");
			parameters.put("megaUsd", RoundFilter.EXCLUDE_MEGA_THRESHOLD_USD);
		}
		if (!filter.excludeCompany().isEmpty()) {
			conditions.add("c.slug not in :excludeCompany");
			parameters.put("excludeCompany", filter.excludeCompany());
		}
		if (!filter.company().isEmpty()) {
			conditions.add("c.slug in :company");
			parameters.put("company", filter.company());
		}
		in(conditions, parameters, Dimension.COMPANY_AGE, filter.companyAge());
		String clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions) + " ";
		boolean readsCompany = !filter.layer().isEmpty() || !filter.region().isEmpty() || filter.q() != null
				|| !filter.excludeCompany().isEmpty() || !filter.company().isEmpty() || !filter.companyAge().isEmpty();
		return new RoundConditions(clause, Map.copyOf(parameters), readsCompany);
	}

	/**
	 * A dimension among some of its codes, named after its query parameter; none means
	 * any.
	 */
	private static void in(List<String> conditions, Map<String, Object> parameters, Dimension dimension,
			List<? extends Enum<?>> values) {
		if (!values.isEmpty()) {
			conditions.add(dimension.hql() + " in :" + dimension.parameter());
			parameters.put(dimension.parameter(), dimension.hqlValues(values));
		}
	}

	/** The clause with one more condition. */
	public String and(String condition) {
		return this.clause.isEmpty() ? " where " + condition + " " : this.clause + " and " + condition + " ";
	}

	/** Binds the parameters to a query built with this clause. */
	public <Q extends Query> Q bind(Q query) {
		this.parameters.forEach(query::setParameter);
		return query;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
