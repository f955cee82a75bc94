package org.aifundingatlas.core.query;

import jakarta.persistence.Query;
import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.RoundSelection;

/**
 * The selected rounds read from the rounds table joined with their companies: answers
 * every filter, at the cost of reading every selected round.
 */
record BaseRounds(RoundConditions where) implements RoundSource {

	static BaseRounds of(RoundSelection selection) {
		return new BaseRounds(RoundConditions.of(selection));
	}

	@Override
	public String fromWhere() {
		return RoundConditions.FROM + this.where.clause();
	}

	@Override
	public String fromWhereAnd(String condition) {
		return RoundConditions.FROM + this.where.and(condition);
	}

	@Override
	public <Q extends Query> Q bind(Q query) {
		return this.where.bind(query);
	}

	@Override
	public String dimension(Dimension dimension) {
		return dimension.hql();
	}

	@Override
	public String rounds() {
		return "count(r)";
	}

	@Override
	public String undisclosed() {
		return AmountExpression.UNDISCLOSED_ROUNDS;
	}

	@Override
	public String counted(AmountRule rule, DisplayCurrency currency) {
		return "count(" + AmountExpression.counted(rule, currency) + ")";
	}

	@Override
	public String sum(AmountRule rule, DisplayCurrency currency) {
		return "sum(" + AmountExpression.counted(rule, currency) + ")";
	}

	@Override
	public String megaRounds(AmountRule rule) {
		return "sum(case when " + AmountExpression.counted(rule, DisplayCurrency.USD) + " >= "
				+ FundingQueries.CB_INSIGHTS_MEGA_ROUND_USD.toPlainString() + " then 1 else 0 end)";
	}

	@Override
	public String first() {
		return "min(r.announcedOn)";
	}

	@Override
	public String last() {
		return "max(r.announcedOn)";
	}

	@Override
	public String datasetRounds() {
		return "0L";
	}

	@Override
	public String fxRateId(DisplayCurrency currency) {
		return AmountExpression.fxRate(currency) + ".id";
	}

}
