package org.aifundingatlas.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bumps the data version after a statement writes a data table on H2 (see
 * db/vendor/h2/V6__data_version_triggers.sql; PostgreSQL does the same in plpgsql).
 */
public class H2DataVersionTrigger extends H2NestedWriteTrigger {

	@Override
	protected void write(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(
					"UPDATE data_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1");
		}
	}

}
