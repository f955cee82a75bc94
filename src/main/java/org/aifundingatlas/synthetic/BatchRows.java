package org.aifundingatlas.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Rows inserted {@value #ROWS_PER_STATEMENT} at a time by one multi-row
 * {@code INSERT ... VALUES (...), (...)}, reusing one prepared statement. On H2 each
 * statement of a JDBC batch is a statement of its own, so the data-version trigger (and
 * any other statement trigger) would fire once per row, each firing an UPDATE the open
 * transaction keeps: one statement per thousand rows is several times faster there (see
 * the README).
 */
final class BatchRows implements RowSink {

	static final int ROWS_PER_STATEMENT = 1_000;

	private final Connection connection;

	private final String table;

	private final String columns;

	private final int width;

	private final Object[] pending;

	private int rows;

	private PreparedStatement full;

	BatchRows(Connection connection, String table, String columns, int width) {
		this.connection = connection;
		this.table = table;
		this.columns = columns;
		this.width = width;
		this.pending = new Object[ROWS_PER_STATEMENT * width];
	}

	@Override
	public void row(Object... values) throws SQLException {
		System.arraycopy(values, 0, this.pending, this.rows * this.width, this.width);
		if (++this.rows == ROWS_PER_STATEMENT) {
			if (this.full == null) {
				this.full = prepare(ROWS_PER_STATEMENT);
			}
			execute(this.full);
		}
	}

	private PreparedStatement prepare(int rows) throws SQLException {
		String row = "(" + String.join(", ", java.util.Collections.nCopies(this.width, "?")) + ")";
		return this.connection.prepareStatement("INSERT INTO " + this.table + " (" + this.columns + ") VALUES "
				+ String.join(", ", java.util.Collections.nCopies(rows, row)));
	}

	private void execute(PreparedStatement insert) throws SQLException {
		for (int i = 0; i < this.rows * this.width; i++) {
			insert.setObject(i + 1, this.pending[i]);
		}
		insert.executeUpdate();
		Arrays.fill(this.pending, null);
		this.rows = 0;
	}

	@Override
	public void close() throws SQLException {
		try {
			if (this.rows > 0) {
				try (PreparedStatement rest = prepare(this.rows)) {
					execute(rest);
				}
			}
		}
		finally {
			if (this.full != null) {
				this.full.close();
			}
		}
	}

}
