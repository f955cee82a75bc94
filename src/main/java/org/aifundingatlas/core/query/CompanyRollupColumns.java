package org.aifundingatlas.core.query;

import org.aifundingatlas.core.filter.AmountRule;
import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.filter.ViewOptions;

/**
 * The HQL of a company's total under an amount rule and currency, over the alias
 * {@code t} of a {@code CompanyRollup}: the same sums as {@link AmountExpression} counts
 * round by round.
 */
final class CompanyRollupColumns {

	private CompanyRollupColumns() {
	}

	/** The company's rounds the rule counts. */
	static String counted(ViewOptions view) {
		String prefix = prefix(view.currency());
		return prefix + ((view.amountRule() == AmountRule.EXACT) ? "ExactCounted" : "Counted");
	}

	/** The sum of the company's counted amounts. */
	static String sum(ViewOptions view) {
		String prefix = prefix(view.currency());
		return switch (view.amountRule()) {
			case CONSERVATIVE -> prefix + "Low";
			// A round's midpoint is (low + upper) / 2, so the sum is half the two sums.
			case MIDPOINT -> "(" + prefix + "Low + " + prefix + "Upper) / 2";
			case EXACT -> prefix + "Exact";
		};
	}

	private static String prefix(DisplayCurrency currency) {
		return (currency == DisplayCurrency.CNY) ? "t.sums.cny" : "t.sums.usd";
	}

}
