package org.aifundingatlas.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads a dataset release in dependency order: FX rates first (round amounts are
 * converted with them), then rounds with their companies and investors, then the reported
 * figures. Every insert is idempotent on its natural key, so a re-load never duplicates a
 * row.
 */
class DatasetLoader {

	private final JdbcTemplate jdbc;

	DatasetLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void load(DatasetFiles files) {
		if (files.fxRates() != null) {
			new FxRateLoader(this.jdbc).load(files.fxRates());
		}
		if (files.rounds() != null) {
			InvestorRegister investors = InvestorRegister.read(files.investors());
			new RoundLoader(this.jdbc, investors, new FxRateLoader(this.jdbc).exchangeRates()).load(files.rounds());
		}
		if (files.reportedFigures() != null) {
			new ReportedFigureLoader(this.jdbc).load(files.reportedFigures());
		}
	}

}
