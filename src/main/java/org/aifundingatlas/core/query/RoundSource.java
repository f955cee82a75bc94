package org.aifundingatlas.core.query;

import jakarta.persistence.Query;
import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.Dimension;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.ViewOptions;

/**
 * Where an aggregate over a selection of rounds reads them: the rounds themselves
 * ({@link BaseRounds}) or the cells that pre-aggregate them ({@link RollupCells}). Each
 * gives the HQL of the same measures, so an aggregate is written once and answers the
 * same from either.
 */
sealed interface RoundSource permits BaseRounds, RollupCells {

	/** FROM and WHERE, with named parameters that {@link #bind} sets. */
	String fromWhere();

	/** FROM and WHERE with one more condition. */
	String fromWhereAnd(String condition);

	<Q extends Query> Q bind(Q query);

	/** The group-by item(s) of a dimension. */
	String dimension(Dimension dimension);

	/** Every round, undisclosed ones included. */
	String rounds();

	/** Rounds without any reported amount. */
	String undisclosed();

	/** Rounds whose amount the rule counts in the currency. */
	String counted(AmountRule rule, DisplayCurrency currency);

	/** Sum of the counted amounts, {@code null} when none counts. */
	String sum(AmountRule rule, DisplayCurrency currency);

	/** Rounds of US$100M or more under the rule (CB Insights' mega-round line). */
	String megaRounds(AmountRule rule);

	/** The first announcement (from cells: the first month). */
	String first();

	/** The last announcement (from cells: the last month). */
	String last();

	/**
	 * Rounds in the whole dataset, as a select item beside the aggregates (which need it
	 * only over cells: see {@link MedianSampling}).
	 */
	String datasetRounds();

	/** The id of the FX rate that converted the rounds into the currency. */
	String fxRateId(DisplayCurrency currency);

	default String counted(ViewOptions view) {
		return counted(view.amountRule(), view.currency());
	}

	default String sum(ViewOptions view) {
		return sum(view.amountRule(), view.currency());
	}

}
