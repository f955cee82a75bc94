package org.aifundingatlas.dataset;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.TestDatabase;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migrated database equals the seed CSVs, and its constraints reject bad rows. Runs
 * once per database (see {@link OnDatabase}); every expected value comes from
 * {@link SeedCsv}.
 */
@OnDatabase
class DatasetTests {

	private static final SeedCsv csv = new SeedCsv();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void allMigrationsAreApplied() {
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
		// PostgreSQL adds its name-search indexes, the triggers of company counts and
		// investor cells, the rollup's page layout and covering indexes
		// (db/vendor/postgresql/V10, V12, V15, V16, V17, V18); H2 does those in its Java
		// triggers or needs none.
		List<String> versions = (TestDatabase.current() == TestDatabase.POSTGRES) ? List.of("1", "2", "3", "4", "5",
				"6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18")
				: List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "11", "13", "14");
		assertThat(applied).extracting((info) -> info.getVersion().getVersion()).containsExactlyElementsOf(versions);
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void tablesHoldEveryRowOfTheCsvFiles() {
		assertThat(count("funding_round")).isEqualTo(csv.roundCount()).isEqualTo(34);
		assertThat(count("company")).isEqualTo(csv.companyCount());
		assertThat(count("investor")).isEqualTo(csv.investorNames().size());
		assertThat(count("fx_rate")).isEqualTo(csv.fxRateCount());
		assertThat(count("reported_figure")).isEqualTo(csv.reportedFigureCount());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM funding_round WHERE amount_precision = 'UNDISCLOSED'",
				Integer.class))
			.isEqualTo(csv.undisclosedRoundCount());
	}

	@Test
	void usdSumPerLayerEqualsTheCsv() {
		assertThat(sumBy("c.layer")).isEqualTo(scaled(csv.usdByColumn("layer")));
	}

	@Test
	void usdSumPerRegionEqualsTheCsv() {
		assertThat(sumBy("c.region")).isEqualTo(scaled(csv.usdByColumn("region")));
	}

	@Test
	void cnySumPerRegionEqualsTheCsvAtTheDatedYuanRate() {
		Map<String, BigDecimal> sums = new TreeMap<>();
		this.jdbc.query("SELECT c.region, SUM(r.amount_low_cny) FROM funding_round r"
				+ " JOIN company c ON c.id = r.company_id GROUP BY c.region", (rs) -> {
					if (rs.getBigDecimal(2) != null) {
						sums.put(rs.getString(1), rs.getBigDecimal(2).setScale(2));
					}
				});
		assertThat(sums).isEqualTo(scaled(csv.cnyBy((row) -> row.get("region"))));
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM funding_round WHERE amount_low IS NOT NULL AND amount_low_cny IS NULL",
				Integer.class))
			.as("every disclosed round has a yuan amount")
			.isZero();
	}

	@Test
	void everyRoundKeepsItsSourceUrl() {
		Set<String> expected = new HashSet<>();
		for (CSVRecord row : csv.rounds()) {
			expected.add(row.get("company") + "|" + row.get("announced_on") + "|" + row.get("source_url"));
		}
		List<String> actual = this.jdbc.queryForList(
				"SELECT c.name || '|' || CAST(r.announced_on AS VARCHAR(10))"
						+ " || '|' || r.source_url FROM funding_round r JOIN company c ON c.id = r.company_id",
				String.class);
		assertThat(actual).hasSize(csv.roundCount()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void investorsAndLeadsOfEachRoundEqualTheCsv() {
		Map<String, Set<String>> expected = new HashMap<>();
		for (CSVRecord row : csv.rounds()) {
			String round = row.get("company") + "|" + row.get("announced_on");
			Set<String> investors = expected.computeIfAbsent(round, (key) -> new HashSet<>());
			csv.investorsOf(row, "lead_investors").forEach((name) -> investors.add(name + "|lead"));
			csv.investorsOf(row, "other_investors")
				.stream()
				.filter((name) -> !investors.contains(name + "|lead"))
				.forEach((name) -> investors.add(name + "|other"));
		}
		expected.values().removeIf(Set::isEmpty);
		Map<String, Set<String>> actual = new HashMap<>();
		this.jdbc.query("SELECT c.name, r.announced_on, i.name AS investor, ri.lead FROM round_investor ri"
				+ " JOIN funding_round r ON r.id = ri.round_id JOIN company c ON c.id = r.company_id"
				+ " JOIN investor i ON i.id = ri.investor_id", (rs) -> {
					actual
						.computeIfAbsent(rs.getString(1) + "|" + rs.getDate(2).toLocalDate(), (key) -> new HashSet<>())
						.add(rs.getString(3) + (rs.getBoolean(4) ? "|lead" : "|other"));
				});
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void foreignCurrencyRoundsCiteTheirFxRate() {
		List<Map<String, Object>> foreign = this.jdbc
			.queryForList("SELECT r.currency, f.currency AS rate_currency FROM funding_round r"
					+ " LEFT JOIN fx_rate f ON f.id = r.fx_rate_id WHERE r.currency <> 'USD'");
		long expected = csv.rounds()
			.stream()
			.filter((row) -> !row.get("currency").isBlank() && !row.get("currency").equals("USD"))
			.count();
		assertThat(foreign).hasSize((int) expected).isNotEmpty();
		assertThat(foreign).allSatisfy((row) -> assertThat(row.get("rate_currency")).isEqualTo(row.get("currency")));
	}

	@Test
	@Transactional
	void reloadingTheDatasetDuplicatesNothing() {
		int rounds = count("funding_round");
		int links = count("round_investor");
		new DatasetLoader(this.jdbc).load(new DatasetConfiguration().seed2023H1().files());
		assertThat(count("funding_round")).isEqualTo(rounds);
		assertThat(count("round_investor")).isEqualTo(links);
		assertThat(count("company")).isEqualTo(csv.companyCount());
		assertThat(count("investor")).isEqualTo(csv.investorNames().size());
	}

	@Test
	@Transactional
	void everyWriteToADataTableBumpsTheDataVersion() {
		for (String write : List.of("UPDATE company SET sector = sector WHERE id = (SELECT MIN(id) FROM company)",
				"UPDATE investor SET big_tech = big_tech WHERE id = (SELECT MIN(id) FROM investor)",
				"UPDATE fx_rate SET rate = rate WHERE id = (SELECT MIN(id) FROM fx_rate)",
				"UPDATE funding_round SET source_note = source_note WHERE id = (SELECT MIN(id) FROM funding_round)",
				"DELETE FROM round_investor WHERE round_id = (SELECT MIN(round_id) FROM round_investor)",
				"UPDATE reported_figure SET note = note WHERE id = (SELECT MIN(id) FROM reported_figure)")) {
			long before = dataVersion();
			this.jdbc.update(write);
			assertThat(dataVersion()).as(write).isGreaterThan(before);
		}
	}

	private long dataVersion() {
		return this.jdbc.queryForObject("SELECT version FROM data_version WHERE id = 1", Long.class);
	}

	@Test
	@Transactional
	void negativeAmountIsRejected() {
		assertRejected(() -> this.jdbc.update("UPDATE funding_round SET amount_low = -1 WHERE id = ?", anyRoundId()));
	}

	@Test
	@Transactional
	void unknownLayerIsRejected() {
		assertRejected(() -> this.jdbc.update("INSERT INTO company (slug, name, region, layer)"
				+ " VALUES ('bad-layer', 'Bad Layer', 'CHINA', 'HARDWARE')"));
	}

	@Test
	@Transactional
	void duplicateNaturalKeyIsRejected() {
		assertRejected(() -> this.jdbc.update("INSERT INTO funding_round (company_id, stage, announced_on,"
				+ " date_precision, amount_precision, source_url) SELECT company_id, stage, announced_on,"
				+ " date_precision, 'UNDISCLOSED', 'https://example.org/duplicate' FROM funding_round WHERE id = ?",
				anyRoundId()));
	}

	@Test
	@Transactional
	void undisclosedRoundWithAnAmountIsRejected() {
		assertRejected(() -> this.jdbc.update("UPDATE funding_round SET amount_precision = 'UNDISCLOSED'"
				+ " WHERE amount_low IS NOT NULL AND id = (SELECT MIN(id) FROM funding_round WHERE amount_low > 0)"));
	}

	@Test
	@Transactional
	void roundOfUnknownCompanyIsRejected() {
		assertRejected(() -> this.jdbc.update("INSERT INTO funding_round (company_id, stage, announced_on,"
				+ " date_precision, amount_precision, source_url)"
				+ " VALUES (-1, 'SEED', DATE '2023-01-01', 'DAY', 'UNDISCLOSED', 'https://example.org')"));
	}

	private void assertRejected(Runnable statement) {
		assertThatThrownBy(statement::run).isInstanceOf(DataIntegrityViolationException.class)
			.satisfies((ex) -> assertThat(((SQLException) ex.getCause()).getSQLState())
				.as("SQLSTATE class 23: integrity constraint violation")
				.startsWith("23"));
	}

	private long anyRoundId() {
		return this.jdbc.queryForObject("SELECT MIN(id) FROM funding_round", Long.class);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

	private Map<String, BigDecimal> sumBy(String column) {
		Map<String, BigDecimal> sums = new TreeMap<>();
		this.jdbc.query("SELECT " + column + ", SUM(r.amount_low_usd) FROM funding_round r"
				+ " JOIN company c ON c.id = r.company_id GROUP BY " + column, (rs) -> {
					BigDecimal sum = rs.getBigDecimal(2);
					if (sum != null) {
						sums.put(rs.getString(1), sum.setScale(2));
					}
				});
		return sums;
	}

	private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> sums) {
		Map<String, BigDecimal> result = new TreeMap<>();
		sums.forEach((key, value) -> result.put(key, value.setScale(2)));
		return result;
	}

}
