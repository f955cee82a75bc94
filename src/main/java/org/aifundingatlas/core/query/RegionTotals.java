package org.aifundingatlas.core.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.aifundingatlas.core.filter.DisplayCurrency;
import org.aifundingatlas.core.model.Region;

/**
 * Rounds and money of one region under a filter's amount rule.
 *
 * @param region the companies' HQ region; {@code null} for several regions added up
 * @param rounds every round, undisclosed ones included
 * @param counted rounds whose amount the rule counts
 * @param undisclosed rounds without any reported amount
 * @param companies distinct companies with a round
 * @param usd sum of the counted amounts in US dollars
 * @param cny sum of the counted amounts in yuan
 * @param median median of the counted amounts in the filter's display currency,
 * {@code null} when none counts
 * @param medianBounds the 95% bounds of an approximate median, {@code null} when exact
 */
public record RegionTotals(Region region, long rounds, long counted, long undisclosed, long companies, BigDecimal usd,
		BigDecimal cny, BigDecimal median, MedianBounds medianBounds) {

	public RegionTotals {
		usd = (usd != null) ? usd : BigDecimal.ZERO;
		cny = (cny != null) ? cny : BigDecimal.ZERO;
	}

	public static RegionTotals empty(Region region) {
		return new RegionTotals(region, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, null, null);
	}

	/** The sum in the given currency. */
	public BigDecimal amount(DisplayCurrency currency) {
		return (currency == DisplayCurrency.CNY) ? this.cny : this.usd;
	}

	/** Rounds the amount rule leaves out of the sums. */
	public long leftOut() {
		return this.rounds - this.counted;
	}

	/**
	 * Mean of the counted amounts in the given currency, {@code null} when none counts.
	 */
	public BigDecimal mean(DisplayCurrency currency) {
		return (this.counted > 0) ? amount(currency).divide(BigDecimal.valueOf(this.counted), 2, RoundingMode.HALF_EVEN)
				: null;
	}

	/**
	 * Several regions' rows added up (companies too, as each company has one region); the
	 * median does not add up and is left empty.
	 */
	public static RegionTotals sum(Iterable<RegionTotals> rows) {
		long rounds = 0;
		long counted = 0;
		long undisclosed = 0;
		long companies = 0;
		BigDecimal usd = BigDecimal.ZERO;
		BigDecimal cny = BigDecimal.ZERO;
		for (RegionTotals row : rows) {
			rounds += row.rounds;
			counted += row.counted;
			undisclosed += row.undisclosed;
			companies += row.companies;
			usd = usd.add(row.usd);
			cny = cny.add(row.cny);
		}
		return new RegionTotals(null, rounds, counted, undisclosed, companies, usd, cny, null, null);
	}

}
