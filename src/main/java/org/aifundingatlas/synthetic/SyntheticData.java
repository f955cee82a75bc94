package org.aifundingatlas.synthetic;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.aifundingatlas.core.model.ConvertedBounds;
import org.aifundingatlas.core.model.ExchangeRates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with synthetic rounds on the real schema, and removes them: for load
 * tests and benchmarks, never as data. Every row it writes is flagged {@code synthetic}
 * (V7) and recognisable (slugs {@code syn-}, names "Synthetic Co 12", sources on the
 * reserved {@code .invalid} domain), and one transaction removes all of them without
 * touching a cited row. Amounts are converted by the rules the dataset uses
 * ({@link ExchangeRates}), with synthetic FX rates only for periods the cited table
 * lacks. Rows are streamed (COPY on PostgreSQL, JDBC batches on H2) and never all held in
 * memory.
 */
@Component
public class SyntheticData {

	private static final Logger logger = LoggerFactory.getLogger(SyntheticData.class);

	private static final List<String> COMPANY_COLUMNS = List.of("slug", "name", "name_zh", "hq_city", "country",
			"region", "layer", "sector", "founded_year", "synthetic");

	private static final List<String> INVESTOR_COLUMNS = List.of("slug", "name", "name_zh", "type", "big_tech",
			"synthetic");

	private static final List<String> ROUND_COLUMNS = List.of("company_id", "stage", "announced_on", "date_precision",
			"amount_reported", "currency", "amount_precision", "amount_low", "amount_high", "amount_low_usd",
			"amount_high_usd", "fx_rate_id", "amount_low_cny", "amount_high_cny", "cny_fx_rate_id", "source_url",
			"source_note", "synthetic");

	private static final List<String> ROUND_INVESTOR_COLUMNS = List.of("round_id", "investor_id", "lead");

	/** Round ids read back per query while writing their investors. */
	private static final int ID_CHUNK = 20_000;

	/** Used when the database holds no cited round to end the ten years at. */
	private static final LocalDate DEFAULT_END = LocalDate.of(2023, 6, 30);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	SyntheticData(DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(ID_CHUNK);
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Adds {@code rounds} synthetic rounds, with their companies, investors and missing
	 * FX rates, in one transaction; the same seed gives the same rows.
	 * @throws IllegalStateException when the database already holds synthetic rounds
	 * (remove them first)
	 */
	public GenerationReport generate(long rounds, long seed) {
		if (rounds < 1) {
			throw new IllegalArgumentException("Generate at least one round, not " + rounds);
		}
		return this.transaction.execute((status) -> {
			try {
				return insert(rounds, seed);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Generating synthetic data failed: " + ex.getMessage(), ex);
			}
		});
	}

	/** Whether the database holds any synthetic round (one probe of the flag index). */
	public boolean present() {
		return Boolean.TRUE.equals(this.jdbc
			.queryForObject("SELECT EXISTS (SELECT 1 FROM funding_round WHERE synthetic = TRUE)", Boolean.class));
	}

	/**
	 * Deletes every synthetic round, its investors' participations, and every synthetic
	 * company, investor and FX rate, in one transaction. Cited rows are never touched: a
	 * cited row that refers to a synthetic one makes the removal fail as a whole.
	 */
	public RemovalReport removeAll() {
		long started = System.nanoTime();
		Phases phases = new Phases();
		RemovalReport report = this.transaction.execute((status) -> {
			long participations = this.jdbc.update("DELETE FROM round_investor WHERE round_id IN"
					+ " (SELECT id FROM funding_round WHERE synthetic = TRUE)");
			phases.done("removing round investors");
			long rounds = this.jdbc.update("DELETE FROM funding_round WHERE synthetic = TRUE");
			phases.done("removing rounds");
			int companies = this.jdbc.update("DELETE FROM company WHERE synthetic = TRUE");
			int investors = this.jdbc.update("DELETE FROM investor WHERE synthetic = TRUE");
			phases.done("removing companies and investors");
			int rates = this.jdbc.update("DELETE FROM fx_rate WHERE synthetic = TRUE");
			phases.done("removing FX rates");
			return new RemovalReport(rounds, participations, companies, investors, rates, Duration.ZERO);
		});
		phases.done("commit");
		analyze();
		phases.done("analyze");
		return new RemovalReport(report.rounds(), report.roundInvestors(), report.companies(), report.investors(),
				report.fxRates(), Duration.ofNanos(System.nanoTime() - started));
	}

	private GenerationReport insert(long rounds, long seed) throws SQLException {
		long started = System.nanoTime();
		if (present()) {
			throw new IllegalStateException(
					"The database already holds synthetic rounds: remove them first (--atlas.synthetic.remove=true)");
		}
		LocalDate end = this.jdbc.queryForObject("SELECT MAX(announced_on) FROM funding_round WHERE synthetic = FALSE",
				LocalDate.class);
		end = (end != null) ? end : DEFAULT_END;
		LocalDate start = end.minusYears(10).plusDays(1);
		BulkLoad load = BulkLoad.on(DataSourceUtils.getConnection(this.dataSource));
		SyntheticFxRates fx = new SyntheticFxRates(this.jdbc);
		int fxRates = fx.fill(start, end, seed, load);
		ExchangeRates rates = fx.exchangeRates();
		SyntheticPlan plan = new SyntheticPlan(seed, rounds, start, end, RealMix.of(this.jdbc), rates);
		Phases phases = new Phases();
		int companies = writeCompanies(load, plan);
		long[] companyIds = ids("company", companies);
		writeInvestors(load, plan);
		long[] investorIds = ids("investor", plan.investorCount());
		phases.done("companies and investors");
		writeRounds(load, plan, rates, companyIds, seed);
		phases.done("rounds");
		long participations = writeParticipations(load, plan, investorIds);
		phases.done("round investors");
		analyze();
		phases.done("analyze");
		return new GenerationReport(seed, rounds, companies, plan.investorCount(), participations, fxRates, start, end,
				Duration.ofNanos(System.nanoTime() - started));
	}

	private int writeCompanies(BulkLoad load, SyntheticPlan plan) throws SQLException {
		try (RowSink sink = load.open("company", COMPANY_COLUMNS)) {
			return plan.forEachCompany((company, roundsBefore) -> sink.row(company.slug(), company.name(),
					company.nameZh(), null, company.country(), company.region().name(), company.layer().name(),
					"Synthetic (load test)", company.foundedYear(), Boolean.TRUE));
		}
	}

	private void writeInvestors(BulkLoad load, SyntheticPlan plan) throws SQLException {
		try (RowSink sink = load.open("investor", INVESTOR_COLUMNS)) {
			for (int number = 1; number <= plan.investorCount(); number++) {
				sink.row("syn-investor-" + number, "Synthetic Investor " + number, "合成投资方 " + number,
						plan.investorType(number).name(), Boolean.FALSE, Boolean.TRUE);
			}
		}
	}

	private void writeRounds(BulkLoad load, SyntheticPlan plan, ExchangeRates rates, long[] companyIds, long seed)
			throws SQLException {
		try (RowSink sink = load.open("funding_round", ROUND_COLUMNS)) {
			plan.forEachCompany((company, roundsBefore) -> {
				long number = roundsBefore;
				for (RoundPlan round : company.rounds()) {
					number++;
					ConvertedBounds usd = rates.toUsd(round.amount(), round.announcedOn(), round.datePrecision())
						.orElseThrow();
					ConvertedBounds cny = (round.amount().low() != null)
							? rates.toCny(round.amount(), usd, round.announcedOn(), round.datePrecision()).orElseThrow()
							: new ConvertedBounds(null, null, null);
					sink.row(companyIds[company.number() - 1], round.stage().name(), round.announcedOn(),
							round.datePrecision().name(), round.reported(), round.amount().currency(),
							round.amount().precision().name(), round.amount().low(), round.amount().high(), usd.low(),
							usd.high(), usd.rateId(), cny.low(), cny.high(), cny.rateId(),
							"https://synthetic.invalid/rounds/" + number, "Synthetic round " + number + " (seed " + seed
									+ "), made by the load-test generator: not cited data.",
							Boolean.TRUE);
				}
			});
		}
	}

	/**
	 * Reads the rounds' ids back in the order they were written and writes each one's
	 * investors, a chunk of ids at a time (one COPY or batch per chunk: no statement may
	 * run while a COPY is open).
	 */
	private long writeParticipations(BulkLoad load, SyntheticPlan plan, long[] investorIds) throws SQLException {
		long written = 0;
		long round = 0;
		long lastId = Long.MIN_VALUE;
		while (true) {
			List<Long> chunk = this.jdbc.queryForList(
					"SELECT id FROM funding_round WHERE synthetic = TRUE AND id > ? ORDER BY id LIMIT " + ID_CHUNK,
					Long.class, lastId);
			if (chunk.isEmpty()) {
				return written;
			}
			try (RowSink sink = load.open("round_investor", ROUND_INVESTOR_COLUMNS)) {
				for (Long id : chunk) {
					written += plan.forEachInvestorOf(round++,
							(investor, lead) -> sink.row(id, investorIds[investor], lead));
				}
			}
			lastId = chunk.get(chunk.size() - 1);
		}
	}

	/** The ids of the synthetic rows of a table, in the order they were written. */
	private long[] ids(String table, int count) {
		long[] ids = new long[count];
		int[] next = { 0 };
		this.jdbc.query("SELECT id FROM " + table + " WHERE synthetic = TRUE ORDER BY id", (rs) -> {
			if (next[0] < count) {
				ids[next[0]] = rs.getLong(1);
			}
			next[0]++;
		});
		if (next[0] != count) {
			throw new IllegalStateException("Expected " + count + " synthetic rows in " + table + ", found " + next[0]);
		}
		return ids;
	}

	/** Logs how long each step took, to see where a bulk load spends its time. */
	private static final class Phases {

		private long started = System.nanoTime();

		void done(String phase) {
			long now = System.nanoTime();
			logger.info("Synthetic data: {} took {} ms", phase, (now - this.started) / 1_000_000);
			this.started = now;
		}

	}

	/**
	 * After a bulk change on PostgreSQL (H2 keeps its rows in key order and its own
	 * statistics): the rollup cells back in key order, as V16 laid them out, so that one
	 * grain's cells share pages again; and fresh planner statistics.
	 */
	private void analyze() {
		boolean postgres = Boolean.TRUE.equals(
				this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> BulkLoad.on(connection).postgres()));
		if (postgres) {
			this.jdbc.execute("CLUSTER round_rollup");
			this.jdbc.execute(
					"ANALYZE company, investor, fx_rate, funding_round, round_investor, round_rollup, company_total,"
							+ " company_count, investor_total, investor_cell");
		}
	}

}
