package org.aifundingatlas.round;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every round a filter selects as CSV, in the table's order, streamed from the database:
 * rounds are read through a cursor in batches, each batch gets its investors in one query
 * and is written out, then forgotten, so memory stays flat however many rounds match.
 */
@Component
public class RoundExport {

	/** The columns, in order. Amounts are plain decimals; bounds may be empty. */
	static final String[] HEADER = { "id", "company", "company_zh", "company_slug", "layer", "region", "stage",
			"announced_on", "date_precision", "amount_reported", "currency", "amount_precision", "amount_low",
			"amount_high", "amount_low_usd", "amount_high_usd", "amount_low_cny", "amount_high_cny", "lead_investors",
			"other_investors", "source_url", "source_note" };

	/** Rounds per investor query, and per flush to the client. */
	static final int BATCH = 200;

	private final EntityManager entityManager;

	private final RoundInvestors investors;

	RoundExport(EntityManager entityManager, RoundInvestors investors) {
		this.entityManager = entityManager;
		this.investors = investors;
	}

	/**
	 * Writes the header and one row per round; the writer is flushed, not closed.
	 */
	@Transactional(readOnly = true)
	public void write(RoundFilter filter, Sort sort, Writer out) throws IOException {
		write(filter, sort, out, BATCH);
	}

	/** The same with another batch size, so tests can cross batch boundaries. */
	@Transactional(readOnly = true)
	void write(RoundFilter filter, Sort sort, Writer out, int batchSize) throws IOException {
		RoundConditions where = RoundConditions.of(filter);
		CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
		try (Stream<Object[]> rounds = where
			.bind(this.entityManager.createQuery(RoundSearch.rowsQuery(filter, where, sort), Object[].class))
			// Without a fetch size the PostgreSQL driver reads the whole result at once.
			.setHint(HibernateHints.HINT_FETCH_SIZE, batchSize)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream()) {
			List<Object[]> batch = new ArrayList<>(batchSize);
			rounds.forEach((row) -> {
				batch.add(row);
				if (batch.size() == batchSize) {
					print(batch, printer);
				}
			});
			print(batch, printer);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		printer.flush();
	}

	private void print(List<Object[]> batch, CSVPrinter printer) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			for (RoundRow row : RoundSearch.toRows(batch, this.investors)) {
				printer.printRecord(record(row));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		batch.clear();
		// The batch is written: let the persistence context forget its rounds and
		// companies.
		this.entityManager.clear();
	}

	private static List<Object> record(RoundRow row) {
		return Arrays.asList(row.id(), row.companyName(), row.companyNameZh(), row.companySlug(), row.layer(),
				row.region(), row.stage(), row.announcedOn(), row.datePrecision(), row.amountReported(), row.currency(),
				row.amountPrecision(), plain(row.amountLow()), plain(row.amountHigh()), plain(row.amountLowUsd()),
				plain(row.amountHighUsd()), plain(row.amountLowCny()), plain(row.amountHighCny()), names(row.leads()),
				names(row.others()), row.sourceUrl(), row.sourceNote());
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : null;
	}

	private static String names(List<Participant> participants) {
		return participants.stream().map(Participant::name).collect(Collectors.joining("; "));
	}

}
