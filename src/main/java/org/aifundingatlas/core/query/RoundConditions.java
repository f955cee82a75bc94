package org.aifundingatlas.core.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Query;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.CompanyAge;

/**
 * A {@link RoundFilter} as an HQL WHERE clause with named parameters: the single
 * translation of the filter into SQL, shared by the pages, the exports and every
 * aggregate. Queries using it select {@code from FundingRound r join r.company c}.
 *
 * @param clause "where ..." or empty
 * @param parameters the values of its named parameters
 */
public record RoundConditions(String clause, Map<String, Object> parameters) {

	/** The FROM part every query over rounds uses with these conditions. */
	public static final String FROM = " from FundingRound r join r.company c ";

	public static RoundConditions of(RoundFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (!filter.layer().isEmpty()) {
			conditions.add("c.layer in :layer");
			parameters.put("layer", filter.layer());
		}
		if (!filter.region().isEmpty()) {
			conditions.add("c.region in :region");
			parameters.put("region", filter.region());
		}
		if (!filter.stage().isEmpty()) {
			conditions.add("r.stage in :stage");
			parameters.put("stage", filter.stage());
		}
		if (filter.from() != null) {
			conditions.add("r.announcedOn >= :from");
			parameters.put("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add("r.announcedOn <= :to");
			parameters.put("to", filter.to());
		}
		if (filter.investor() != null) {
			conditions
				.add("exists (select 1 from RoundInvestor fi where fi.round = r and fi.investor.slug = :investor)");
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
		if (!filter.companyAge().isEmpty()) {
			conditions.add(CompanyAge.hql() + " in :companyAge");
			parameters.put("companyAge", filter.companyAge().stream().map(CompanyAge::name).toList());
		}
		String clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions) + " ";
		return new RoundConditions(clause, Map.copyOf(parameters));
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
