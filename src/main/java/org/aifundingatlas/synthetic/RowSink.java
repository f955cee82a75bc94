package org.aifundingatlas.synthetic;

import java.sql.SQLException;

/**
 * Rows of one table written in bulk, one {@link #row} call per row, without keeping them:
 * memory stays the same however many rows go through.
 */
interface RowSink extends AutoCloseable {

	/** One row, its values in the order of the columns the sink was opened with. */
	void row(Object... values) throws SQLException;

	/** Writes what is buffered and ends the statement. */
	@Override
	void close() throws SQLException;

}
