package org.aifundingatlas.core.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many rounds of the database the synthetic-data generator made, for the banner every
 * page shows while there are any: one count on the flag's index (V7). The pages keep it
 * in the view cache, per data version.
 */
@Component
public class SyntheticRounds {

	private final JdbcTemplate jdbc;

	SyntheticRounds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The number of synthetic rounds; 0 when the data are all cited. */
	public long count() {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM funding_round WHERE synthetic = TRUE", Long.class);
		return (count != null) ? count : 0;
	}

}
