package org.aifundingatlas.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while some work runs, to prove a page does
 * a fixed number of queries however many rows it shows (no N+1). Needs
 * hibernate.generate_statistics, which the test profiles switch on;
 * {@link #countAllDuring} counts plain JDBC too.
 */
public final class SqlStatements {

	private SqlStatements() {
	}

	/** The number of statements prepared while {@code work} ran. */
	public static long countDuring(EntityManagerFactory factory, ThrowingRunnable work) throws Exception {
		Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		work.run();
		return statistics.getPrepareStatementCount();
	}

	/**
	 * The number of statements any code (Hibernate, JdbcTemplate, ...) sent through the
	 * application's data source while {@code work} ran. Only for tests of the whole
	 * application ({@link OnDatabase}, {@link OnH2}), whose data source is counted.
	 */
	public static long countAllDuring(ThrowingRunnable work) throws Exception {
		long before = StatementCountingConfiguration.STATEMENTS.get();
		work.run();
		return StatementCountingConfiguration.STATEMENTS.get() - before;
	}

	/**
	 * How many connections the application took from its pool while {@code work} ran: one
	 * per transaction, one per plain JDBC call outside of one.
	 */
	public static long connectionsDuring(ThrowingRunnable work) throws Exception {
		long before = StatementCountingConfiguration.CONNECTIONS.get();
		work.run();
		return StatementCountingConfiguration.CONNECTIONS.get() - before;
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
