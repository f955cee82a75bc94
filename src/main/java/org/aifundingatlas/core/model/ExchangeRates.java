package org.aifundingatlas.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The dated FX table and the one rule for picking a rate: the month's average when the
 * date is known to the month (precision day, week or month) and the Federal Reserve
 * published one, else the average of the year. A round dated only to a quarter or
 * half-year gets the year's rate, because no single month stands for it.
 */
public final class ExchangeRates {

	private final Map<String, PublishedRate> monthly = new HashMap<>();

	private final Map<String, PublishedRate> yearly = new HashMap<>();

	public ExchangeRates(Collection<PublishedRate> rates) {
		for (PublishedRate rate : rates) {
			if (rate.granularity() == FxGranularity.MONTH) {
				this.monthly.put(rate.currency() + YearMonth.from(rate.periodStart()), rate);
			}
			else {
				this.yearly.put(rate.currency() + rate.periodStart().getYear(), rate);
			}
		}
	}

	/**
	 * The rate to convert an amount dated {@code date} in {@code currency}.
	 * @param withinOneMonth whether the date is precise to a calendar month
	 */
	public Optional<PublishedRate> rateFor(String currency, LocalDate date, boolean withinOneMonth) {
		PublishedRate month = withinOneMonth ? this.monthly.get(currency + YearMonth.from(date)) : null;
		return Optional.ofNullable((month != null) ? month : this.yearly.get(currency + date.getYear()));
	}

}
