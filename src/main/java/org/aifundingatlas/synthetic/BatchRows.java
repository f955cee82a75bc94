package org.aifundingatlas.synthetic;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows inserted through one prepared statement in JDBC batches of {@value #BATCH}: the
 * fastest plain-JDBC path on H2 (measured against smaller batches, see the README).
 */
final class BatchRows implements RowSink {

	private static final int BATCH = 5_000;

	private final PreparedStatement insert;

	private int pending;

	BatchRows(PreparedStatement insert) {
		this.insert = insert;
	}

	@Override
	public void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			this.insert.setObject(i + 1, values[i]);
		}
		this.insert.addBatch();
		if (++this.pending == BATCH) {
			this.insert.executeBatch();
			this.pending = 0;
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			if (this.pending > 0) {
				this.insert.executeBatch();
			}
		}
		finally {
			this.insert.close();
		}
	}

}
