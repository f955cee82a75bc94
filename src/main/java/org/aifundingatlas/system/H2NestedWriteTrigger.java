package org.aifundingatlas.system;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;
import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;

/**
 * An H2 trigger that writes other tables. In auto-commit mode H2 would commit after each
 * nested statement, which it forbids inside a trigger: the writes run as part of the
 * triggering statement's transaction, which the outer statement commits.
 */
abstract class H2NestedWriteTrigger implements Trigger {

	@Override
	public final void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		Session session = connection.unwrap(JdbcConnection.class).getSession();
		boolean autoCommit = session.getAutoCommit();
		session.setAutoCommit(false);
		try {
			write(connection, oldRow, newRow);
		}
		finally {
			session.setAutoCommit(autoCommit);
		}
	}

	/** The nested writes, in the triggering statement's transaction. */
	protected abstract void write(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException;

}
