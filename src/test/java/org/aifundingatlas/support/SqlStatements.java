package org.aifundingatlas.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while some work runs, to prove a page does
 * a fixed number of queries however many rows it shows (no N+1). Needs
 * hibernate.generate_statistics, which the test profiles switch on.
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

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
