package org.aifundingatlas.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;

/**
 * The fastest bulk path of each database: {@code COPY ... FROM STDIN} through the
 * PostgreSQL driver's CopyManager, multi-row INSERTs elsewhere (H2). Rows go in through
 * ordinary statements, so the databases' triggers (data version, rollups) fire as for any
 * other write.
 */
final class BulkLoad {

	private final Connection connection;

	private final boolean postgres;

	private BulkLoad(Connection connection, boolean postgres) {
		this.connection = connection;
		this.postgres = postgres;
	}

	static BulkLoad on(Connection connection) throws SQLException {
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		return new BulkLoad(connection, postgres);
	}

	boolean postgres() {
		return this.postgres;
	}

	RowSink open(String table, List<String> columns) throws SQLException {
		String columnList = String.join(", ", columns);
		if (this.postgres) {
			// Unwrapped from the pool's proxy: CopyManager is the driver's own API.
			return new CopyRows(this.connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " (" + columnList + ") FROM STDIN WITH (FORMAT csv)"));
		}
		return new BatchRows(this.connection, table, columnList, columns.size());
	}

}
