package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.model.FundingRound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of the rounds a {@link RoundFilter} selects, in three queries whatever the
 * page size: the totals, the page (rounds with their company and FX rates), and the
 * investors of the rounds on it.
 */
@Repository
@Transactional(readOnly = true)
public class RoundSearch {

	private final EntityManager entityManager;

	private final RoundInvestors investors;

	RoundSearch(EntityManager entityManager, RoundInvestors investors) {
		this.entityManager = entityManager;
		this.investors = investors;
	}

	public Result find(RoundFilter filter, Pageable pageable) {
		RoundConditions where = RoundConditions.of(filter);
		String value = countedValue(filter);
		Object[] totals = where.bind(this.entityManager.createQuery(
				"select count(r), count(" + value + "), sum(" + value + ")" + RoundConditions.FROM + where.clause(),
				Object[].class))
			.getSingleResult();
		long total = ((Number) totals[0]).longValue();
		// A page past the end is an empty page, not an error: no need to ask for it.
		List<RoundRow> rows = (pageable.getOffset() < total) ? rows(filter, where, pageable) : List.of();
		return new Result(new PageImpl<>(rows, pageable, total), ((Number) totals[1]).longValue(), decimal(totals[2]));
	}

	private List<RoundRow> rows(RoundFilter filter, RoundConditions where, Pageable pageable) {
		List<Object[]> page = where
			.bind(this.entityManager.createQuery(rowsQuery(filter, where, pageable.getSort()), Object[].class))
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return toRows(page, this.investors);
	}

	/**
	 * The rounds (with their company) and the value the rule counts for each, in the
	 * sort's order: shared with the export so that both list rounds alike.
	 */
	public static String rowsQuery(RoundFilter filter, RoundConditions where, Sort sort) {
		return select(filter) + where.clause() + RoundSorting.orderBy(sort, filter);
	}

	/**
	 * One round as a row, with its investors: two queries.
	 * @return empty for an unknown id
	 */
	public Optional<RoundRow> byId(long id) {
		List<Object[]> found = this.entityManager
			.createQuery(select(RoundFilter.all()) + " where r.id = :id", Object[].class)
			.setParameter("id", id)
			.getResultList();
		return toRows(found, this.investors).stream().findFirst();
	}

	/**
	 * Rounds with everything a row shows, in one query: the company and the FX rates are
	 * fetched with them (same aliases as {@link RoundConditions#FROM}).
	 */
	private static String select(RoundFilter filter) {
		return "select r, " + countedValue(filter) + " from FundingRound r join fetch r.company c"
				+ " left join fetch r.fxRate left join fetch r.cnyFxRate";
	}

	/** Rows of {@link #rowsQuery}, with their investors fetched in one query. */
	public static List<RoundRow> toRows(List<Object[]> results, RoundInvestors investors) {
		Map<Long, RoundInvestors.Lists> byRound = investors
			.of(results.stream().map((row) -> ((FundingRound) row[0]).getId()).toList());
		return results.stream().map((row) -> {
			FundingRound round = (FundingRound) row[0];
			RoundInvestors.Lists lists = byRound.getOrDefault(round.getId(), RoundInvestors.Lists.NONE);
			return RoundRow.of(round, decimal(row[1]), lists.leads(), lists.others());
		}).toList();
	}

	private static String countedValue(RoundFilter filter) {
		return filter.amountRule().valueOf("r", filter.currency());
	}

	/** Sums and midpoints come back in different numeric types: normalise to cents. */
	private static BigDecimal decimal(Object value) {
		if (value == null) {
			return null;
		}
		BigDecimal decimal = (value instanceof BigDecimal big) ? big : new BigDecimal(value.toString());
		return decimal.setScale(2, RoundingMode.HALF_EVEN);
	}

	/**
	 * @param page the rows of the requested page and the number of matching rounds
	 * @param counted how many of the matching rounds the amount rule counts
	 * @param sum the sum the amount rule counts in the display currency, {@code null}
	 * when it counts none
	 */
	public record Result(Page<RoundRow> page, long counted, BigDecimal sum) {

		/**
		 * The matching rounds left out of the sum (undisclosed, or left out by the rule).
		 */
		public long leftOut() {
			return this.page.getTotalElements() - this.counted;
		}

	}

}
