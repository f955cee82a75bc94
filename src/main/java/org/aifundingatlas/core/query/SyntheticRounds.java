package org.aifundingatlas.core.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many rounds of the database the synthetic-data generator made, for the banner every
 * page shows while there are any. One count on the flag's index (V7), kept until the data
 * version changes, so a page costs it once per change of the data.
 */
@Component
public class SyntheticRounds {

	private final JdbcTemplate jdbc;

	private final DataVersion dataVersion;

	private volatile Counted last;

	SyntheticRounds(JdbcTemplate jdbc, DataVersion dataVersion) {
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
	}

	/** The number of synthetic rounds; 0 when the data are all cited. */
	public long count() {
		// The version is read first: a write between the two queries only makes the count
		// newer than its version, and the next version recounts.
		long version = this.dataVersion.current().version();
		Counted counted = this.last;
		if (counted == null || counted.version() != version) {
			Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM funding_round WHERE synthetic = TRUE",
					Long.class);
			counted = new Counted(version, (count != null) ? count : 0);
			this.last = counted;
		}
		return counted.count();
	}

	private record Counted(long version, long count) {
	}

}
