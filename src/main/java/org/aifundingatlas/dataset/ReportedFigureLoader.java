package org.aifundingatlas.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the third-party aggregates (benchmarks file) as published, and dates each one
 * where its period label is exact.
 */
class ReportedFigureLoader {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern YEAR_TO_DATE = Pattern.compile("(\\d{4})-YTD\\(to (\\d{4}-\\d{2}-\\d{2})\\)");

	private static final Pattern OPEN_YEAR_TO_DATE = Pattern.compile("(\\d{4})-YTD\\(.*\\)");

	private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

	private final JdbcTemplate jdbc;

	ReportedFigureLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load(CsvFile file) {
		file.forEachRecord(this::insert);
	}

	private void insert(CSVRecord row) {
		String period = row.get("period");
		Integer existing = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM reported_figure WHERE metric = ? AND period = ? AND scope = ? AND source_name = ?",
				Integer.class, row.get("metric"), period, row.get("region"), row.get("source_name"));
		if (existing != null && existing > 0) {
			return;
		}
		LocalDate[] dates = periodDates(period);
		this.jdbc.update(
				"INSERT INTO reported_figure (metric, period, period_start, period_end, scope, figure_value, unit,"
						+ " source_name, source_url, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				row.get("metric"), period, dates[0], dates[1], row.get("region"), new BigDecimal(row.get("value")),
				row.get("unit"), row.get("source_name"), CsvFile.text(row, "source_url"), CsvFile.text(row, "note"));
	}

	/**
	 * First and last day of a period label; the end stays empty when the label does not
	 * state it ("2023-YTD(to early Sep)").
	 */
	static LocalDate[] periodDates(String period) {
		Matcher m;
		if ((m = YEAR.matcher(period)).matches()) {
			int year = Integer.parseInt(m.group(1));
			return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31) };
		}
		if ((m = HALF.matcher(period)).matches()) {
			YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7);
			return new LocalDate[] { first.atDay(1), first.plusMonths(5).atEndOfMonth() };
		}
		if ((m = QUARTER.matcher(period)).matches()) {
			YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
			return new LocalDate[] { first.atDay(1), first.plusMonths(2).atEndOfMonth() };
		}
		if ((m = YEAR_TO_DATE.matcher(period)).matches()) {
			return new LocalDate[] { LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), LocalDate.parse(m.group(2)) };
		}
		if ((m = OPEN_YEAR_TO_DATE.matcher(period)).matches()) {
			return new LocalDate[] { LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), null };
		}
		if ((m = RANGE.matcher(period)).matches()) {
			return new LocalDate[] { LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)) };
		}
		throw new IllegalArgumentException("Unknown period label '" + period + "'");
	}

}
