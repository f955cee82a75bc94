package org.aifundingatlas.dataset;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aifundingatlas.core.model.AmountBounds;
import org.aifundingatlas.core.model.AmountPrecision;
import org.aifundingatlas.core.model.ConvertedBounds;
import org.aifundingatlas.core.model.DatePrecision;
import org.aifundingatlas.core.model.ExchangeRates;
import org.aifundingatlas.core.model.Layer;
import org.aifundingatlas.core.model.Region;
import org.aifundingatlas.core.model.ReportedAmount;
import org.aifundingatlas.core.model.Stage;
import org.apache.commons.csv.CSVRecord;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Loads the rounds file: one row per round, with its company (created once, on first
 * mention) and its investors (resolved through the {@link InvestorRegister}). Amounts get
 * explicit bounds ({@link ReportedAmount}) and are converted to US dollars with the dated
 * FX table ({@link ExchangeRates}) at load time.
 */
class RoundLoader {

	private final JdbcTemplate jdbc;

	private final InvestorRegister register;

	private final ExchangeRates rates;

	private final Map<String, CompanyRow> companiesSeen = new LinkedHashMap<>();

	RoundLoader(JdbcTemplate jdbc, InvestorRegister register, ExchangeRates rates) {
		this.jdbc = jdbc;
		this.register = register;
		this.rates = rates;
	}

	void load(CsvFile file) {
		file.forEachRecord(this::loadRound);
	}

	private void loadRound(CSVRecord row) {
		long companyId = companyId(CompanyRow.of(row));
		Stage stage = Stage.valueOf(row.get("stage"));
		LocalDate announcedOn = LocalDate.parse(row.get("announced_on"));
		DatePrecision datePrecision = DatePrecision.valueOf(row.get("date_precision"));
		List<Long> existing = this.jdbc.queryForList(
				"SELECT id FROM funding_round WHERE company_id = ? AND stage = ? AND announced_on = ?", Long.class,
				companyId, stage.name(), announcedOn);
		if (!existing.isEmpty()) {
			return;
		}
		String reported = CsvFile.text(row, "amount");
		AmountBounds amount = ReportedAmount.parse(reported, CsvFile.text(row, "currency"),
				AmountPrecision.valueOf(row.get("amount_precision")));
		ConvertedBounds usd = toUsd(amount, announcedOn, datePrecision, CsvFile.text(row, "amount_usd"));
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement("INSERT INTO funding_round (company_id, stage,"
					+ " announced_on, date_precision, amount_reported, currency, amount_precision, amount_low,"
					+ " amount_high, amount_low_usd, amount_high_usd, fx_rate_id, source_url, source_note)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setLong(1, companyId);
			insert.setString(2, stage.name());
			insert.setObject(3, announcedOn);
			insert.setString(4, datePrecision.name());
			insert.setString(5, reported);
			insert.setString(6, amount.currency());
			insert.setString(7, amount.precision().name());
			insert.setBigDecimal(8, amount.low());
			insert.setBigDecimal(9, amount.high());
			insert.setBigDecimal(10, usd.low());
			insert.setBigDecimal(11, usd.high());
			insert.setObject(12, usd.rateId(), java.sql.Types.BIGINT);
			insert.setString(13, row.get("source_url"));
			insert.setString(14, CsvFile.text(row, "source_note"));
			return insert;
		}, key);
		long roundId = key.getKey().longValue();
		insertInvestors(roundId, row);
	}

	private ConvertedBounds toUsd(AmountBounds amount, LocalDate date, DatePrecision precision, String statedUsd) {
		boolean inDollars = amount.currency() == null || "USD".equals(amount.currency());
		if (inDollars && statedUsd != null && amount.low() != null
				&& new BigDecimal(statedUsd).compareTo(amount.low()) != 0) {
			throw new IllegalArgumentException("amount_usd " + statedUsd + " differs from the USD amount");
		}
		return this.rates.toUsd(amount, date, precision)
			.orElseThrow(() -> new IllegalArgumentException(
					"No FX rate for " + amount.currency() + " in " + date + ": add it to fx_rates.csv"));
	}

	private void insertInvestors(long roundId, CSVRecord row) {
		// A lead named again among the others stays a lead; each investor appears once.
		Map<String, Boolean> leadBySlug = new LinkedHashMap<>();
		Map<String, InvestorRegister.Entry> entries = new LinkedHashMap<>();
		for (String column : List.of("lead_investors", "other_investors")) {
			String names = CsvFile.text(row, column);
			if (names == null) {
				continue;
			}
			for (String name : names.split(";")) {
				InvestorRegister.Entry entry = this.register.resolve(name);
				entries.putIfAbsent(entry.slug(), entry);
				leadBySlug.merge(entry.slug(), column.startsWith("lead"), Boolean::logicalOr);
			}
		}
		for (InvestorRegister.Entry entry : entries.values()) {
			this.jdbc.update("INSERT INTO round_investor (round_id, investor_id, lead) VALUES (?, ?, ?)", roundId,
					investorId(entry), leadBySlug.get(entry.slug()));
		}
	}

	private long investorId(InvestorRegister.Entry entry) {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM investor WHERE slug = ?", Long.class, entry.slug());
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		this.jdbc.update("INSERT INTO investor (slug, name, name_zh, type, big_tech) VALUES (?, ?, ?, ?, ?)",
				entry.slug(), entry.name(), entry.nameZh(), entry.type().name(), entry.bigTech());
		return this.jdbc.queryForObject("SELECT id FROM investor WHERE slug = ?", Long.class, entry.slug());
	}

	private long companyId(CompanyRow company) {
		CompanyRow seen = this.companiesSeen.putIfAbsent(company.slug(), company);
		if (seen != null && !seen.equals(company)) {
			throw new IllegalArgumentException("Company '" + company.name()
					+ "' is described differently than on an earlier row: " + seen + " vs " + company);
		}
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM company WHERE slug = ?", Long.class, company.slug());
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		this.jdbc.update(
				"INSERT INTO company (slug, name, name_zh, hq_city, country, region, layer, sector, founded_year)"
						+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				company.slug(), company.name(), company.nameZh(), company.hqCity(), company.country(),
				company.region().name(), company.layer().name(), company.sector(), company.foundedYear());
		return this.jdbc.queryForObject("SELECT id FROM company WHERE slug = ?", Long.class, company.slug());
	}

	/** The company columns of a rounds row; rows of the same company must agree. */
	record CompanyRow(String slug, String name, String nameZh, String hqCity, String country, Region region,
			Layer layer, String sector, Integer foundedYear) {

		static CompanyRow of(CSVRecord row) {
			String founded = CsvFile.text(row, "founded_year");
			return new CompanyRow(Slugs.of(row.get("company")), row.get("company"), CsvFile.text(row, "company_zh"),
					CsvFile.text(row, "hq_city"), CsvFile.text(row, "hq_country"), Region.valueOf(row.get("region")),
					Layer.valueOf(row.get("layer")), CsvFile.text(row, "sector"),
					(founded != null) ? Integer.valueOf(founded) : null);
		}

	}

}
