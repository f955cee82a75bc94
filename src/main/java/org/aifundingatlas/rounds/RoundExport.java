package org.aifundingatlas.rounds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.aifundingatlas.core.filter.RoundFilter;
import org.aifundingatlas.core.query.RoundRow;
import org.aifundingatlas.core.query.RoundSearch.CountedRound;
import org.aifundingatlas.core.query.RoundSearch;
import org.hibernate.jpa.HibernateHints;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every round a filter selects, in the table's order, streamed from the database: rounds
 * are read through a cursor in batches, each batch gets its investors in one query, is
 * written out and flushed to the client, then forgotten, so memory stays flat however
 * many rounds match. The one core behind the page's CSV download and the API's CSV and
 * JSON exports; only the {@link RoundWriter} differs.
 */
@Component
public class RoundExport {

	/** Rounds per investor query, and per flush to the client. */
	static final int BATCH = 200;

	private final EntityManager entityManager;

	private final RoundSearch search;

	private final JsonMapper jsonMapper;

	RoundExport(EntityManager entityManager, RoundSearch search, JsonMapper jsonMapper) {
		this.entityManager = entityManager;
		this.search = search;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Writes the CSV header and one record per round; the writer is flushed, not closed.
	 */
	@Transactional(readOnly = true)
	public void writeCsv(RoundFilter filter, Sort sort, Writer out) throws IOException {
		writeCsv(filter, sort, out, BATCH);
	}

	/** The same with another batch size, so tests can cross batch boundaries. */
	@Transactional(readOnly = true)
	void writeCsv(RoundFilter filter, Sort sort, Writer out, int batchSize) throws IOException {
		export(filter, sort, new RoundCsvWriter(out), batchSize);
	}

	/**
	 * Writes a JSON array of rounds shaped like the content of /api/v1/rounds; the writer
	 * is flushed, not closed.
	 */
	@Transactional(readOnly = true)
	public void writeJson(RoundFilter filter, Sort sort, Writer out) throws IOException {
		writeJson(filter, sort, out, BATCH);
	}

	/** The same with another batch size, so tests can cross batch boundaries. */
	@Transactional(readOnly = true)
	void writeJson(RoundFilter filter, Sort sort, Writer out, int batchSize) throws IOException {
		export(filter, sort, new RoundJsonWriter(this.jsonMapper, out), batchSize);
	}

	private void export(RoundFilter filter, Sort sort, RoundWriter writer, int batchSize) throws IOException {
		writer.begin();
		try (Stream<CountedRound> rounds = this.search.rowsQuery(filter.selection(), filter.view(), sort)
			// Without a fetch size the PostgreSQL driver reads the whole result at once.
			.setHint(HibernateHints.HINT_FETCH_SIZE, batchSize)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream()) {
			List<CountedRound> batch = new ArrayList<>(batchSize);
			rounds.forEach((row) -> {
				batch.add(row);
				if (batch.size() == batchSize) {
					write(batch, writer);
				}
			});
			write(batch, writer);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.end();
	}

	private void write(List<CountedRound> batch, RoundWriter writer) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			for (RoundRow row : this.search.toRows(batch)) {
				writer.write(row);
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		batch.clear();
		// The batch is written: let the persistence context forget its rounds, companies
		// and rates.
		this.entityManager.clear();
	}

}
