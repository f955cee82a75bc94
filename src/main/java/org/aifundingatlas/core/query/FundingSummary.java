package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Totals of the filtered rounds under the filter's amount rule and currency.
 *
 * @param rounds every round, undisclosed ones included
 * @param counted rounds whose amount the rule counts
 * @param undisclosed rounds without any reported amount
 * @param amount sum of the counted amounts
 * @param median median of the counted amounts, {@code null} when none counts
 * @param medianBounds the 95% bounds of an approximate median (taken from a sample of
 * rounds), {@code null} when the median is exact
 * @param megaRounds rounds of US$100M or more under the rule (CB Insights' mega-round
 * line)
 * @param firstDate earliest announcement, {@code null} without rounds
 * @param lastDate latest announcement, {@code null} without rounds
 */
public record FundingSummary(long rounds, long counted, long undisclosed, BigDecimal amount, BigDecimal median,
		MedianBounds medianBounds, long megaRounds, LocalDate firstDate, LocalDate lastDate) {

	public FundingSummary {
		amount = (amount != null) ? amount : BigDecimal.ZERO;
	}

	public long leftOut() {
		return this.rounds - this.counted;
	}

	/** Mean of the counted amounts, {@code null} when none counts. */
	public BigDecimal mean() {
		return (this.counted > 0) ? this.amount.divide(BigDecimal.valueOf(this.counted), 2, RoundingMode.HALF_EVEN)
				: null;
	}

}
