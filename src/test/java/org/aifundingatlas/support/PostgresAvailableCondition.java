package org.aifundingatlas.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the {@link OnDatabase} suites on PostgreSQL when the test database answers. Where
 * it does not, they are skipped with a loud message, unless POSTGRES_REQUIRED=true (as in
 * CI): then they run and fail, so a missing database can never pass unnoticed there. On
 * H2 it has nothing to decide.
 */
class PostgresAvailableCondition implements ExecutionCondition {

	private static Boolean reachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (TestDatabase.current() != TestDatabase.POSTGRES) {
			return ConditionEvaluationResult.enabled("Not a PostgreSQL run");
		}
		if (Boolean.parseBoolean(System.getenv("POSTGRES_REQUIRED")) || isReachable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL test database is required or reachable");
		}
		String message = "PostgreSQL TESTS SKIPPED: no database at " + url()
				+ ". Start PostgreSQL (database 'test', user 'postgres') or set TEST_POSTGRES_URL;"
				+ " set POSTGRES_REQUIRED=true to make this an error.";
		System.err.println("\n!!! " + message + "\n");
		return ConditionEvaluationResult.disabled(message);
	}

	private static synchronized boolean isReachable() {
		if (reachable == null) {
			try (Connection connection = DriverManager.getConnection(url(), env("TEST_POSTGRES_USER", "postgres"),
					env("TEST_POSTGRES_PASSWORD", ""))) {
				reachable = connection.isValid(5);
			}
			catch (SQLException ex) {
				reachable = false;
			}
		}
		return reachable;
	}

	private static String url() {
		return env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
