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
 * <p>
 * Around a round's change to its company's total, the company's count under its layer and
 * region (db/migration/V11__company_count.sql) loses what the total made it count before
 * and gains what it makes it count after; a company's own change takes it out of the
 * count of its old layer and region and adds it to the new.
 * <p>
 * The investor cells (V14) follow the company too: an update of a round or company takes
 * the parts of its rounds out of the cells of the old layer and region and adds them to
 * the new. A deleted round's parts are deleted first, while the round still names its
 * company, so that their own trigger takes them out ({@link H2InvestorTotalTrigger}); the
 * foreign key's cascade then finds none.
 */
public class H2RoundRollupTrigger extends H2NestedWriteTrigger {

	private static final List<String> KEYS = List.of("grain", "period", "layer", "region", "mega", "stage",
			"company_age", "fx_rate_id", "cny_fx_rate_id");

	private static final List<String> MEASURES = List.of("undisclosed", "usd_counted", "usd_exact_counted",
			"cny_counted", "cny_exact_counted", "usd_low", "usd_upper", "usd_exact", "cny_low", "cny_upper",
			"cny_exact", "usd_mega_conservative", "usd_mega_midpoint", "usd_mega_exact");

	private static final List<String> TOTALS = List.of("mega_rounds", "usd_counted", "usd_exact_counted", "cny_counted",
			"cny_exact_counted", "usd_low", "usd_upper", "usd_exact", "cny_low", "cny_upper", "cny_exact");

	private static final String ROUND_COMPANY = "(SELECT company_id FROM funding_round WHERE id = ?)";

	private List<String> merges;

	private String partsMerge;

	private boolean rounds;

	private boolean removing;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.removing = before;
		int sign = before ? -1 : 1;
		this.rounds = !"company".equalsIgnoreCase(tableName);
		this.partsMerge = partsMerge(sign, this.rounds ? "r.id" : "r.company_id");
		// A company's own changes move its rounds between cells, never out of its total.
		this.merges = !this.rounds
				? List.of(merge("round_rollup", "round_rollup_cells", KEYS, MEASURES, sign, "company_id"),
						countMerge(sign, "?"))
				: List.of(countMerge(-1, ROUND_COMPANY),
						merge("round_rollup", "round_rollup_cells", KEYS, MEASURES, sign, "round_id"),
						merge("company_total", "round_rollup_source", List.of("company_id"), TOTALS, sign, "round_id"),
						countMerge(1, ROUND_COMPANY));
	}

	@Override
	protected void write(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		// The id is the first column of both tables.
		Object id = this.removing ? oldRow[0] : newRow[0];
		if (this.rounds && newRow == null) {
			execute(connection, "DELETE FROM round_investor WHERE round_id = ?", id);
		}
		for (String merge : this.merges) {
			execute(connection, merge, id);
		}
		if (oldRow != null && newRow != null) {
			execute(connection, this.partsMerge, id);
		}
	}

	private static void execute(Connection connection, String sql, Object id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setObject(1, id);
			statement.executeUpdate();
		}
	}

	/**
	 * Adds sign times the parts of a round or of every round of a company (the owner
	 * column of the rounds) to the investor cells of the company's layer and region.
	 */
	private static String partsMerge(int sign, String owner) {
		return "MERGE INTO investor_cell t USING (SELECT p.investor_id, c.layer, c.region, COUNT(*) * " + sign
				+ " AS rounds, SUM(CASE WHEN p.lead THEN 1 ELSE 0 END) * " + sign + " AS leads FROM round_investor p"
				+ " JOIN funding_round r ON r.id = p.round_id JOIN company c ON c.id = r.company_id WHERE " + owner
				+ " = ? GROUP BY p.investor_id, c.layer, c.region) d"
				+ " ON (t.investor_id = d.investor_id AND t.layer = d.layer AND t.region = d.region)"
				+ " WHEN MATCHED THEN UPDATE SET rounds = t.rounds + d.rounds, leads = t.leads + d.leads"
				+ " WHEN NOT MATCHED THEN INSERT (investor_id, layer, region, rounds, leads)"
				+ " VALUES (d.investor_id, d.layer, d.region, d.rounds, d.leads)";
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

	/**
	 * Adds sign times what a company's total makes it count to the company count of its
	 * layer and region; the parameter is the company's id or the given subquery's.
	 */
	private static String countMerge(int sign, String company) {
		return "MERGE INTO company_count t USING (SELECT c.layer, c.region, SUM(CASE WHEN ct.rounds > 0 THEN 1 ELSE 0"
				+ " END) * " + sign + " AS companies, SUM(CASE WHEN ct.rounds > ct.mega_rounds THEN 1 ELSE 0 END) * "
				+ sign + " AS companies_beyond_mega FROM company c JOIN company_total ct ON ct.company_id = c.id"
				+ " WHERE c.id = " + company + " GROUP BY c.layer, c.region) d"
				+ " ON (t.layer = d.layer AND t.region = d.region) WHEN MATCHED THEN UPDATE SET"
				+ " companies = t.companies + d.companies,"
				+ " companies_beyond_mega = t.companies_beyond_mega + d.companies_beyond_mega"
				+ " WHEN NOT MATCHED THEN INSERT (layer, region, companies, companies_beyond_mega)"
				+ " VALUES (d.layer, d.region, d.companies, d.companies_beyond_mega)";
	}

}
