package org.aifundingatlas.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcOperations;

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

	/** Every rate of the {@code fx_rate} table, including those of earlier releases. */
	public static ExchangeRates read(JdbcOperations jdbc) {
		return new ExchangeRates(
				jdbc.query("SELECT id, currency, granularity, period_start, rate, rate_quote FROM fx_rate",
						(rs, rowNum) -> new PublishedRate(rs.getLong("id"), rs.getString("currency"),
								FxGranularity.valueOf(rs.getString("granularity")),
								rs.getObject("period_start", LocalDate.class), rs.getBigDecimal("rate"),
								RateQuote.valueOf(rs.getString("rate_quote")))));
	}

	/**
	 * The rate to convert an amount dated {@code date} in {@code currency}.
	 * @param withinOneMonth whether the date is precise to a calendar month
	 */
	public Optional<PublishedRate> rateFor(String currency, LocalDate date, boolean withinOneMonth) {
		PublishedRate month = withinOneMonth ? this.monthly.get(currency + YearMonth.from(date)) : null;
		return Optional.ofNullable((month != null) ? month : this.yearly.get(currency + date.getYear()));
	}

	/**
	 * A round's bounds in US dollars: dollar amounts as they are, others converted with
	 * {@link #rateFor the rate of the round's date}; empty when no rate is published.
	 */
	public Optional<ConvertedBounds> toUsd(AmountBounds amount, LocalDate date, DatePrecision precision) {
		if (amount.currency() == null || "USD".equals(amount.currency())) {
			return Optional.of(new ConvertedBounds(amount.low(), amount.high(), null));
		}
		return rateFor(amount.currency(), date, precision.withinOneMonth())
			.map((rate) -> new ConvertedBounds(rate.toUsd(amount.low()), rate.toUsd(amount.high()), rate.id()));
	}

	/**
	 * A disclosed round's bounds in yuan: yuan amounts as they are, others from their
	 * US-dollar bounds at the CNY rate of the round's date (so yuan totals are sums of
	 * the rounds); empty when no CNY rate is published.
	 */
	public Optional<ConvertedBounds> toCny(AmountBounds amount, ConvertedBounds usd, LocalDate date,
			DatePrecision precision) {
		if ("CNY".equals(amount.currency())) {
			return Optional.of(new ConvertedBounds(amount.low(), amount.high(), null));
		}
		return rateFor("CNY", date, precision.withinOneMonth())
			.map((rate) -> new ConvertedBounds(rate.fromUsd(usd.low()), rate.fromUsd(usd.high()), rate.id()));
	}

}
