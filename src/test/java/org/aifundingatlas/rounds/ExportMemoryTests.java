package org.aifundingatlas.rounds;

import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.RoundSorting;
import org.aifundingatlas.support.OnDatabase;
import org.aifundingatlas.support.SeedCsv;
import org.aifundingatlas.support.SqlStatements;
import org.aifundingatlas.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports stream: with thousands of generated rounds added to the seed, the heap the
 * export retains while it runs does not grow with the number of rounds (where the
 * database is not in the same JVM), and it costs one query per batch. The generated
 * rounds are inserted in the test's transaction, which is rolled back: no other test (on
 * the shared PostgreSQL database or H2) ever sees them.
 * <p>
 * Retained heap is measured, not allocation: at every batch the export flushes, the
 * output writer (which discards what it is given) forces a full GC and reads the used
 * heap. A control export into a StringWriter, which keeps everything, shows that the
 * probe sees memory that grows with the rounds.
 * <p>
 * On H2 the database runs inside this JVM: what it holds for the query (the sorted
 * result, the pages it reads) is part of the heap measured here and may grow with the
 * rounds, whatever the export does. Its figures are printed and checked against what the
 * rounds weigh; the growth is compared on PostgreSQL only.
 */
@OnDatabase
class ExportMemoryTests {

	private static final SeedCsv csv = new SeedCsv();

	private static final int FEW = 1_000;

	private static final int MANY = 10_000;

	/**
	 * Allowed growth of the retained heap from FEW to MANY rounds: well below what MANY
	 * generated rounds weigh (each carries a 1,000-character note), well above GC noise.
	 */
	private static final long TOLERANCE = 4 * 1024 * 1024;

	@Autowired
	RoundExport export;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/** Whether the database runs outside this JVM, so that its buffers are not ours. */
	private static boolean databaseOutsideTheJvm() {
		return TestDatabase.current() != TestDatabase.H2;
	}

	@Test
	@Transactional
	void exportsRetainTheSameHeapForTenTimesTheRoundsAndCostOneQueryPerBatch() throws Exception {
		Generator generator = new Generator(this.jdbc);
		generator.insert(FEW);
		// Warm-up: compiled code, query plans and serializers are not what is measured.
		measure(Format.JSON, new Probe(Integer.MAX_VALUE));
		measure(Format.CSV, new Probe(Integer.MAX_VALUE));
		Probe jsonFew = measure(Format.JSON, new Probe(1));
		Probe csvFew = measure(Format.CSV, new Probe(1));
		generator.insert(MANY - FEW);
		int rounds = csv.roundCount() + MANY;
		// A sample every fifth batch: the export holds the same from batch to batch.
		Probe jsonMany = new Probe(5);
		long statements = SqlStatements.countDuring(this.entityManagerFactory, () -> measure(Format.JSON, jsonMany));
		Probe csvMany = measure(Format.CSV, new Probe(5));
		long kept = keptByAStringWriter();

		System.out.printf("%n*** Export memory (%s): retained heap above the baseline while exporting%n",
				TestDatabase.current());
		System.out.printf("*** JSON %,d rounds: %s; %,d rounds: %s%n", csv.roundCount() + FEW, jsonFew, rounds,
				jsonMany);
		System.out.printf("*** CSV  %,d rounds: %s; %,d rounds: %s%n", csv.roundCount() + FEW, csvFew, rounds, csvMany);
		System.out.printf("*** Control, JSON of %,d rounds kept in a StringWriter: %,d KiB retained%n%n", rounds,
				kept / 1024);

		// The rounds through one cursor, and the investors of each batch.
		assertThat(statements).isEqualTo(1 + (rounds + RoundExport.BATCH - 1) / RoundExport.BATCH);
		assertThat(jsonMany.chars).isGreaterThan(jsonFew.chars * 5);
		assertThat(csvMany.lines).isEqualTo(rounds + 1);
		assertThat(kept).as("the probe sees an export that keeps its output").isGreaterThan(jsonMany.chars);
		// Whatever the database: far less than the generated notes alone weigh.
		long notes = (long) MANY * Generator.NOTE.length();
		assertThat(jsonMany.retained()).as("JSON: retained heap").isLessThan(notes / 4);
		assertThat(csvMany.retained()).as("CSV: retained heap").isLessThan(notes / 4);
		if (databaseOutsideTheJvm()) {
			assertThat(jsonMany.retained() - jsonFew.retained()).as("JSON: growth of the retained heap")
				.isLessThan(TOLERANCE);
			assertThat(csvMany.retained() - csvFew.retained()).as("CSV: growth of the retained heap")
				.isLessThan(TOLERANCE);
		}
	}

	private Probe measure(Format format, Probe probe) throws Exception {
		probe.start();
		switch (format) {
			case CSV -> this.export.writeCsv(RoundFilter.all(), RoundSorting.DEFAULT, probe);
			case JSON -> this.export.writeJson(RoundFilter.all(), RoundSorting.DEFAULT, probe);
		}
		return probe;
	}

	/** The heap an export retains when it keeps all it writes. */
	private long keptByAStringWriter() throws Exception {
		long baseline = Probe.usedAfterGc();
		StringWriter kept = new StringWriter();
		this.export.writeJson(RoundFilter.all(), Sort.by(Sort.Direction.DESC, "date"), kept);
		long retained = Probe.usedAfterGc() - baseline;
		assertThat(kept.getBuffer().length()).isPositive();
		return retained;
	}

	enum Format {

		CSV, JSON

	}

	/**
	 * A writer that discards what it is given, counts it, and on every n-th flush (one
	 * per batch) measures the used heap after a full GC (System.gc() is a full collection
	 * with the JVM's default collector).
	 */
	static final class Probe extends Writer {

		private static final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final int every;

		private long baseline;

		private long peak;

		private int flushes;

		long chars;

		long lines;

		Probe(int every) {
			this.every = every;
		}

		void start() {
			this.baseline = usedAfterGc();
			this.peak = this.baseline;
		}

		long retained() {
			return this.peak - this.baseline;
		}

		static long usedAfterGc() {
			System.gc();
			return memory.getHeapMemoryUsage().getUsed();
		}

		@Override
		public void write(char[] buffer, int offset, int length) {
			this.chars += length;
			for (int i = offset; i < offset + length; i++) {
				if (buffer[i] == '\n') {
					this.lines++;
				}
			}
		}

		@Override
		public void flush() {
			this.flushes++;
			if (this.flushes % this.every == 0) {
				this.peak = Math.max(this.peak, usedAfterGc());
			}
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			return String.format("%,d KiB retained (peak of %d samples), %,d chars written", retained() / 1024,
					this.flushes / this.every, this.chars);
		}

	}

	/**
	 * Generated companies and rounds, through JDBC in the caller's transaction. Each
	 * round has a long note and two investors, so that holding them all would show.
	 */
	static final class Generator {

		private static final LocalDate FIRST_DAY = LocalDate.of(2030, 1, 1);

		private static final String NOTE = "Generated for the export memory test. ".repeat(27);

		private final JdbcTemplate jdbc;

		private final List<Long> companies = new ArrayList<>();

		private final List<Long> investors;

		private int inserted;

		Generator(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
			this.investors = jdbc.queryForList("SELECT id FROM investor ORDER BY id", Long.class);
			for (int i = 0; i < 20; i++) {
				jdbc.update("INSERT INTO company (slug, name, region, layer) VALUES (?, ?, ?, ?)",
						"generated-company-" + i, "Generated company " + i, (i % 2 == 0) ? "CHINA" : "EUROPE",
						(i % 3 == 0) ? "MIDDLEWARE" : "VERTICAL_APP");
				this.companies.add(jdbc.queryForObject("SELECT id FROM company WHERE slug = ?", Long.class,
						"generated-company-" + i));
			}
		}

		void insert(int count) {
			List<Object[]> rounds = new ArrayList<>();
			for (int i = this.inserted; i < this.inserted + count; i++) {
				BigDecimal usd = BigDecimal.valueOf(1_000_000L + i * 1_000L).setScale(2);
				BigDecimal cny = usd.multiply(new BigDecimal("7.0809")).setScale(2, java.math.RoundingMode.HALF_EVEN);
				rounds.add(new Object[] { this.companies.get(i % this.companies.size()),
						Date.valueOf(FIRST_DAY.plusDays(i)), usd.toPlainString(), usd, usd, usd, usd, cny, cny,
						"https://example.org/generated/" + i, NOTE + i });
			}
			this.jdbc.batchUpdate("INSERT INTO funding_round (company_id, stage, announced_on, date_precision,"
					+ " amount_reported, currency, amount_precision, amount_low, amount_high, amount_low_usd,"
					+ " amount_high_usd, amount_low_cny, amount_high_cny, source_url, source_note)"
					+ " VALUES (?, 'SEED', ?, 'DAY', ?, 'USD', 'EXACT', ?, ?, ?, ?, ?, ?, ?, ?)", rounds);
			List<Object[]> links = new ArrayList<>();
			List<Long> ids = this.jdbc.queryForList(
					"SELECT id FROM funding_round WHERE source_url LIKE 'https://example.org/generated/%'"
							+ " AND announced_on >= ? ORDER BY id",
					Long.class, Date.valueOf(FIRST_DAY.plusDays(this.inserted)));
			for (int i = 0; i < ids.size(); i++) {
				links.add(new Object[] { ids.get(i), this.investors.get(i % this.investors.size()), true });
				links.add(new Object[] { ids.get(i), this.investors.get((i + 7) % this.investors.size()), false });
			}
			this.jdbc.batchUpdate("INSERT INTO round_investor (round_id, investor_id, lead) VALUES (?, ?, ?)", links);
			this.inserted += count;
		}

	}

}
