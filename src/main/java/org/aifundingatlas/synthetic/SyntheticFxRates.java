package org.aifundingatlas.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.aifundingatlas.core.model.ExchangeRates;
import org.aifundingatlas.core.model.FxGranularity;
import org.aifundingatlas.core.model.RateQuote;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Monthly and annual rates, flagged synthetic, for the periods of the generated dates
 * that the cited FX table lacks, so that every synthetic round converts by the same rule
 * as a cited one. A cited rate is never replaced: only missing periods are added. Each
 * currency follows a mean-reverting random walk around a plausible level, in the
 * convention the Federal Reserve quotes it in; a year's rate is the mean of its months.
 */
final class SyntheticFxRates {

	/** The currencies synthetic rounds are reported in, besides the US dollar. */
	enum Currency {

		CNY(6.7, RateQuote.UNITS_PER_USD), EUR(1.12, RateQuote.USD_PER_UNIT), GBP(1.30, RateQuote.USD_PER_UNIT),
		CAD(1.30, RateQuote.UNITS_PER_USD);

		private final double level;

		private final RateQuote quote;

		Currency(double level, RateQuote quote) {
			this.level = level;
			this.quote = quote;
		}

	}

	static final String SOURCE_NAME = "Synthetic rate (load-test generator, not published)";

	/**
	 * One address for all of them, so that lists of sources show them as one, on the
	 * reserved {@code .invalid} domain.
	 */
	static final String SOURCE_URL = "https://synthetic.invalid/fx-rates";

	private final JdbcTemplate jdbc;

	SyntheticFxRates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the missing rates of every month and year from {@code start} to {@code end}.
	 */
	int fill(LocalDate start, LocalDate end, long seed, BulkLoad load) throws SQLException {
		Set<String> existing = new HashSet<>(this.jdbc.query("SELECT currency, granularity, period_start FROM fx_rate",
				(rs, rowNum) -> key(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))));
		List<Object[]> missing = new ArrayList<>();
		for (Currency currency : Currency.values()) {
			SplittableRandom random = Draws.of(seed, Draws.Stream.FX, currency.ordinal());
			double logLevel = 0;
			double yearSum = 0;
			int yearMonths = 0;
			for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month
				.plusMonths(1)) {
				logLevel = 0.9 * logLevel + 0.02 * Draws.gaussian(random);
				double rate = currency.level * Math.exp(logLevel);
				addIfMissing(missing, existing, currency, FxGranularity.MONTH, month.atDay(1), rate);
				yearSum += rate;
				yearMonths++;
				if (month.getMonthValue() == 12 || month.equals(YearMonth.from(end))) {
					addIfMissing(missing, existing, currency, FxGranularity.YEAR, LocalDate.of(month.getYear(), 1, 1),
							yearSum / yearMonths);
					yearSum = 0;
					yearMonths = 0;
				}
			}
		}
		try (RowSink sink = load.open("fx_rate", List.of("currency", "granularity", "period_start", "rate",
				"rate_quote", "source_name", "source_url", "synthetic"))) {
			for (Object[] rate : missing) {
				sink.row(rate);
			}
		}
		return missing.size();
	}

	private static void addIfMissing(List<Object[]> missing, Set<String> existing, Currency currency,
			FxGranularity granularity, LocalDate periodStart, double rate) {
		if (existing.contains(key(currency.name(), granularity.name(), periodStart))) {
			return;
		}
		missing.add(new Object[] { currency.name(), granularity.name(), periodStart,
				BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_EVEN), currency.quote.name(), SOURCE_NAME,
				SOURCE_URL, Boolean.TRUE });
	}

	private static String key(String currency, String granularity, LocalDate periodStart) {
		return currency + "|" + granularity + "|" + periodStart;
	}

	/**
	 * Every rate of the table, cited and synthetic, as the conversion rule reads them.
	 */
	ExchangeRates exchangeRates() {
		return ExchangeRates.read(this.jdbc);
	}

}
