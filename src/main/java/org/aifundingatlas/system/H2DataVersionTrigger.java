package org.aifundingatlas.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.Trigger;
import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;

/**
 * Bumps the data version after a statement writes a data table on H2 (see
 * db/vendor/h2/V6__data_version_triggers.sql; PostgreSQL does the same in plpgsql).
 */
public class H2DataVersionTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		// In auto-commit mode H2 would commit after this nested statement, which it
		// forbids
		// inside a trigger: run it as part of the triggering statement's transaction,
		// which
		// the outer statement commits.
		Session session = connection.unwrap(JdbcConnection.class).getSession();
		boolean autoCommit = session.getAutoCommit();
		session.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(
					"UPDATE data_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1");
		}
		finally {
			session.setAutoCommit(autoCommit);
		}
	}

}
