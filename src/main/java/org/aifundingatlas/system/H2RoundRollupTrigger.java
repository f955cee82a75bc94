package org.aifundingatlas.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.h2.api.Trigger;
import org.h2.engine.Session;
import org.h2.jdbc.JdbcConnection;

/**
 * Keeps the rollup cells equal to the rounds on H2 (see
 * db/vendor/h2/V9__round_rollup_triggers.sql; PostgreSQL does it per statement in
 * plpgsql). As a BEFORE trigger it takes what a round, or every round of a company, adds
 * to its cells out of them; as an AFTER trigger it adds it back, read from the view
 * {@code round_rollup_cells} that also filled the cells, so both derive the cells the
 * same way.
 */
public class H2RoundRollupTrigger implements Trigger {

	private static final List<String> KEYS = List.of("grain", "period", "layer", "region", "mega", "stage",
			"company_age", "fx_rate_id", "cny_fx_rate_id");

	private static final List<String> MEASURES = List.of("undisclosed", "usd_counted", "usd_exact_counted",
			"cny_counted", "cny_exact_counted", "usd_low", "usd_upper", "usd_exact", "cny_low", "cny_upper",
			"cny_exact", "usd_mega_conservative", "usd_mega_midpoint", "usd_mega_exact");

	private String merge;

	private boolean removing;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.removing = before;
		String owner = "company".equalsIgnoreCase(tableName) ? "company_id" : "round_id";
		this.merge = merge(before ? -1 : 1, owner);
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		// The id is the first column of both tables.
		Object id = this.removing ? oldRow[0] : newRow[0];
		// Nested statements must stay in the triggering statement's transaction (see
		// H2DataVersionTrigger).
		Session session = connection.unwrap(JdbcConnection.class).getSession();
		boolean autoCommit = session.getAutoCommit();
		session.setAutoCommit(false);
		try (PreparedStatement merge = connection.prepareStatement(this.merge)) {
			merge.setObject(1, id);
			merge.executeUpdate();
			if (this.removing) {
				try (Statement cleanup = connection.createStatement()) {
					cleanup.executeUpdate("DELETE FROM round_rollup WHERE rounds = 0");
				}
			}
		}
		finally {
			session.setAutoCommit(autoCommit);
		}
	}

	/** Adds sign times the cells of the rounds whose owner column is the parameter. */
	private static String merge(int sign, String owner) {
		String keys = String.join(", ", KEYS);
		String sums = MEASURES.stream()
			.map((measure) -> "SUM(" + measure + ") * " + sign + " AS " + measure)
			.collect(Collectors.joining(", "));
		String matches = KEYS.stream().map((key) -> "t." + key + " = d." + key).collect(Collectors.joining(" AND "));
		String additions = MEASURES.stream()
			.map((measure) -> measure + " = t." + measure + " + d." + measure)
			.collect(Collectors.joining(", "));
		String measures = String.join(", ", MEASURES);
		String values = "d." + String.join(", d.", KEYS) + ", d.rounds, d." + String.join(", d.", MEASURES);
		return "MERGE INTO round_rollup t USING (SELECT " + keys + ", COUNT(*) * " + sign + " AS rounds, " + sums
				+ " FROM round_rollup_cells WHERE " + owner + " = ? GROUP BY " + keys + ") d ON (" + matches
				+ ") WHEN MATCHED THEN UPDATE SET rounds = t.rounds + d.rounds, " + additions
				+ " WHEN NOT MATCHED THEN INSERT (" + keys + ", rounds, " + measures + ") VALUES (" + values + ")";
	}

}
