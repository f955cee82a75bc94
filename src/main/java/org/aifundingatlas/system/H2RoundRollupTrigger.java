package org.aifundingatlas.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps the rollup cells and company totals equal to the rounds on H2 (see
 * db/vendor/h2/V9__round_rollup_triggers.sql; PostgreSQL does it per statement in
 * plpgsql). As a BEFORE trigger it takes what a round, or every round of a company, adds
 * to its cells and its company's total out of them; as an AFTER trigger it adds it back,
 * read from the views {@code round_rollup_cells} and {@code round_rollup_source} that
 * also filled them, so both derive them the same way. Emptied cells stay (with no rounds;
 * queries skip them): removing them after each row would scan the cells once per row
 * removed.
 */
public class H2RoundRollupTrigger extends H2NestedWriteTrigger {

	private static final List<String> KEYS = List.of("grain", "period", "layer", "region", "mega", "stage",
			"company_age", "fx_rate_id", "cny_fx_rate_id");

	private static final List<String> MEASURES = List.of("undisclosed", "usd_counted", "usd_exact_counted",
			"cny_counted", "cny_exact_counted", "usd_low", "usd_upper", "usd_exact", "cny_low", "cny_upper",
			"cny_exact", "usd_mega_conservative", "usd_mega_midpoint", "usd_mega_exact");

	private static final List<String> TOTALS = List.of("mega_rounds", "usd_counted", "usd_exact_counted", "cny_counted",
			"cny_exact_counted", "usd_low", "usd_upper", "usd_exact", "cny_low", "cny_upper", "cny_exact");

	private List<String> merges;

	private boolean removing;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.removing = before;
		int sign = before ? -1 : 1;
		// A company's own changes move its rounds between cells, never out of its total.
		this.merges = "company".equalsIgnoreCase(tableName)
				? List.of(merge("round_rollup", "round_rollup_cells", KEYS, MEASURES, sign, "company_id"))
				: List.of(merge("round_rollup", "round_rollup_cells", KEYS, MEASURES, sign, "round_id"),
						merge("company_total", "round_rollup_source", List.of("company_id"), TOTALS, sign, "round_id"));
	}

	@Override
	protected void write(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		// The id is the first column of both tables.
		Object id = this.removing ? oldRow[0] : newRow[0];
		for (String merge : this.merges) {
			try (PreparedStatement statement = connection.prepareStatement(merge)) {
				statement.setObject(1, id);
				statement.executeUpdate();
			}
		}
	}

	/**
	 * Adds sign times the rows of a view whose owner column is the parameter, grouped by
	 * the table's keys, to the table.
	 */
	private static String merge(String table, String view, List<String> keys, List<String> measures, int sign,
			String owner) {
		String keyList = String.join(", ", keys);
		String sums = measures.stream()
			.map((measure) -> "SUM(" + measure + ") * " + sign + " AS " + measure)
			.collect(Collectors.joining(", "));
		String matches = keys.stream().map((key) -> "t." + key + " = d." + key).collect(Collectors.joining(" AND "));
		String additions = measures.stream()
			.map((measure) -> measure + " = t." + measure + " + d." + measure)
			.collect(Collectors.joining(", "));
		String values = "d." + String.join(", d.", keys) + ", d.rounds, d." + String.join(", d.", measures);
		return "MERGE INTO " + table + " t USING (SELECT " + keyList + ", COUNT(*) * " + sign + " AS rounds, " + sums
				+ " FROM " + view + " WHERE " + owner + " = ? GROUP BY " + keyList + ") d ON (" + matches
				+ ") WHEN MATCHED THEN UPDATE SET rounds = t.rounds + d.rounds, " + additions
				+ " WHEN NOT MATCHED THEN INSERT (" + keyList + ", rounds, " + String.join(", ", measures)
				+ ") VALUES (" + values + ")";
	}

}
