package org.aifundingatlas.core.query;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of the data, bumped by database triggers on every write to a data table:
 * caches and ETags keyed by it change exactly when the data do.
 */
@Component
public class DataVersion {

	private final JdbcTemplate jdbc;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Snapshot current() {
		return this.jdbc.queryForObject("SELECT version, changed_at FROM data_version WHERE id = 1",
				(rs, rowNum) -> new Snapshot(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)));
	}

	/**
	 * @param version counts the writes to the data
	 * @param changedAt when the data last changed
	 */
	public record Snapshot(long version, OffsetDateTime changedAt) {

	}

}
