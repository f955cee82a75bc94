package org.aifundingatlas.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.aifundingatlas.core.model.ExchangeRates;
import org.aifundingatlas.core.model.FxGranularity;
import org.aifundingatlas.core.model.RateQuote;
import org.apache.commons.csv.CSVRecord;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads fx_rates.csv as published and reads the table back as {@link ExchangeRates}.
 */
class FxRateLoader {

	private final JdbcTemplate jdbc;

	FxRateLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load(CsvFile file) {
		file.forEachRecord(this::insert);
	}

	private void insert(CSVRecord row) {
		String currency = row.get("currency");
		FxGranularity granularity = FxGranularity.valueOf(row.get("granularity"));
		LocalDate periodStart = (granularity == FxGranularity.MONTH) ? YearMonth.parse(row.get("period")).atDay(1)
				: LocalDate.of(Integer.parseInt(row.get("period")), 1, 1);
		Integer existing = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM fx_rate WHERE currency = ? AND granularity = ? AND period_start = ?",
				Integer.class, currency, granularity.name(), periodStart);
		if (existing != null && existing > 0) {
			return;
		}
		this.jdbc.update(
				"INSERT INTO fx_rate (currency, granularity, period_start, rate, rate_quote, source_name, source_url)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?)",
				currency, granularity.name(), periodStart, new BigDecimal(row.get("rate")),
				RateQuote.valueOf(row.get("rate_quote")).name(), row.get("source_name"), row.get("source_url"));
	}

	/** Every rate in the table, including those of earlier releases. */
	ExchangeRates exchangeRates() {
		return ExchangeRates.read(this.jdbc);
	}

}
