package org.aifundingatlas.core.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many rounds of the database the synthetic-data generator made, for the banner every
 * page shows while there are any. Counting the synthetic rounds would read a million
 * index entries at a million rounds; the cited rounds are few, so they are counted on the
 * flag's index (V7) and taken from all rounds, which the yearly rollup cells (V8) sum in
 * a few thousand rows. The pages keep it in the view cache, per data version.
 */
@Component
public class SyntheticRounds {

	private final JdbcTemplate jdbc;

	SyntheticRounds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The number of synthetic rounds; 0 when the data are all cited. */
	public long count() {
		Long count = this.jdbc
			.queryForObject("SELECT (SELECT COALESCE(SUM(rounds), 0) FROM round_rollup WHERE grain = 1)"
					+ " - (SELECT COUNT(*) FROM funding_round WHERE synthetic = FALSE)", Long.class);
		return (count != null) ? count : 0;
	}

}
