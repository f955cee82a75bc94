package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.aifundingatlas.core.filter.RoundSelection;
import org.aifundingatlas.core.filter.ViewOptions;
import org.aifundingatlas.core.model.FundingRound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of the rounds a {@link RoundSelection} selects, in three queries whatever the
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

	public Result find(RoundSelection selection, ViewOptions view, Pageable pageable) {
		RoundConditions where = RoundConditions.of(selection);
		String value = AmountExpression.counted(view);
		Totals totals = where.bind(this.entityManager.createQuery(
				"select count(r), count(" + value + "), sum(" + value + ")" + where.roundsFrom() + where.clause(),
				Totals.class))
			.getSingleResult();
		// A page past the end is an empty page, not an error: no need to ask for it.
		List<RoundRow> rows = (pageable.getOffset() < totals.rounds()) ? rows(selection, view, pageable) : List.of();
		return new Result(new PageImpl<>(rows, pageable, totals.rounds()), totals.counted(), Cents.of(totals.sum()));
	}

	private List<RoundRow> rows(RoundSelection selection, ViewOptions view, Pageable pageable) {
		List<CountedRound> page = rowsQuery(selection, view, pageable.getSort())
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return toRows(page);
	}

	/**
	 * The selected rounds (with their company and FX rates) and the value the rule counts
	 * for each, in the sort's order: shared with the export so that both list rounds
	 * alike.
	 */
	public TypedQuery<CountedRound> rowsQuery(RoundSelection selection, ViewOptions view, Sort sort) {
		RoundConditions where = RoundConditions.of(selection);
		return where.bind(this.entityManager
			.createQuery(select(view) + where.clause() + RoundSorting.orderBy(sort, view), CountedRound.class));
	}

	/**
	 * One round as a row, with its investors: two queries.
	 * @return empty for an unknown id
	 */
	public Optional<RoundRow> byId(long id) {
		List<CountedRound> found = this.entityManager
			.createQuery(select(ViewOptions.DEFAULT) + " where r.id = :id", CountedRound.class)
			.setParameter("id", id)
			.getResultList();
		return toRows(found).stream().findFirst();
	}

	/**
	 * Rounds with everything a row shows, in one query: the company and the FX rates are
	 * fetched with them (same aliases as {@link RoundConditions#FROM}).
	 */
	private static String select(ViewOptions view) {
		return "select r, " + AmountExpression.counted(view) + " from FundingRound r join fetch r.company c"
				+ " left join fetch r.fxRate left join fetch r.cnyFxRate";
	}

	/** Rows of {@link #rowsQuery}, with their investors fetched in one query. */
	public List<RoundRow> toRows(List<CountedRound> rounds) {
		Map<Long, RoundInvestors.Lists> byRound = this.investors
			.of(rounds.stream().map((counted) -> counted.round().getId()).toList());
		return rounds.stream().map((counted) -> {
			FundingRound round = counted.round();
			RoundInvestors.Lists lists = byRound.getOrDefault(round.getId(), RoundInvestors.Lists.NONE);
			return RoundRow.of(round, Cents.of(counted.value()), lists.leads(), lists.others());
		}).toList();
	}

	/**
	 * A round as {@link #rowsQuery} selects it.
	 *
	 * @param round the round, its company and FX rates fetched with it
	 * @param value the value the amount rule counts, in the database's scale;
	 * {@code null} when the rule leaves the round out
	 */
	public record CountedRound(FundingRound round, Number value) {

	}

	/** The totals' row: the sum over no counted round is {@code null}. */
	record Totals(long rounds, long counted, Number sum) {

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
