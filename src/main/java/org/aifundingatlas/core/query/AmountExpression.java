package org.aifundingatlas.core.query;

import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.ViewOptions;

/**
 * The HQL of a round's amount as sums count it: the one place that knows which columns
 * hold a round's bounds in each currency and how each amount rule reads them. Over the
 * round alias {@code r} of {@link RoundConditions#FROM}.
 */
final class AmountExpression {

	/** Rounds without any reported amount, counted in an aggregate. */
	static final String UNDISCLOSED_ROUNDS = "sum(case when r.amountPrecision"
			+ " = org.aifundingatlas.core.model.AmountPrecision.UNDISCLOSED then 1 else 0 end)";

	private AmountExpression() {
	}

	/** The value the view's rule counts, in its currency. */
	static String counted(ViewOptions view) {
		return counted(view.amountRule(), view.currency());
	}

	/**
	 * The value a rule counts in a currency, {@code null} where the rule leaves the round
	 * out.
	 */
	static String counted(AmountRule rule, DisplayCurrency currency) {
		String low = low(currency);
		String high = high(currency);
		return switch (rule) {
			case CONSERVATIVE -> low;
			case MIDPOINT ->
				"case when " + high + " is null then " + low + " else (" + low + " + " + high + ") / 2 end";
			case EXACT -> "case when r.amountPrecision = " + "org.aifundingatlas.core.model.AmountPrecision.EXACT then "
					+ low + " end";
		};
	}

	/** The FX rate that converted a round into the currency. */
	static String fxRate(DisplayCurrency currency) {
		return (currency == DisplayCurrency.CNY) ? "r.cnyFxRate" : "r.fxRate";
	}

	private static String low(DisplayCurrency currency) {
		return (currency == DisplayCurrency.CNY) ? "r.amountLowCny" : "r.amountLowUsd";
	}

	private static String high(DisplayCurrency currency) {
		return (currency == DisplayCurrency.CNY) ? "r.amountHighCny" : "r.amountHighUsd";
	}

}
