package org.aifundingatlas.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps an investor's rounds and leads (investor_total) and the same per layer and region
 * of the round's company (investor_cell, V14) equal to its parts in rounds on H2 (see
 * db/vendor/h2/V9__round_rollup_triggers.sql): as a BEFORE trigger it takes the old part
 * out, as an AFTER trigger it adds the new one. Totals and cells that drop to no rounds
 * stay (queries skip them). A round's parts leave before the round does
 * ({@link H2RoundRollupTrigger}), so the round still names its company here.
 */
public class H2InvestorTotalTrigger extends H2NestedWriteTrigger {

	// round_investor's columns: round_id, investor_id, lead.
	private static final int ROUND = 0;

	private static final int INVESTOR = 1;

	private static final int LEAD = 2;

	private static final String MERGE = "MERGE INTO investor_total t USING (VALUES (CAST(? AS BIGINT),"
			+ " CAST(? AS BIGINT), CAST(? AS BIGINT))) AS d (investor_id, rounds, leads) ON t.investor_id = d.investor_id"
			+ " WHEN MATCHED THEN UPDATE SET rounds = t.rounds + d.rounds, leads = t.leads + d.leads"
			+ " WHEN NOT MATCHED THEN INSERT (investor_id, rounds, leads) VALUES (d.investor_id, d.rounds, d.leads)";

	private static final String CELL_MERGE = "MERGE INTO investor_cell t USING (SELECT CAST(? AS BIGINT) AS investor_id,"
			+ " c.layer, c.region, CAST(? AS BIGINT) AS rounds, CAST(? AS BIGINT) AS leads FROM funding_round r"
			+ " JOIN company c ON c.id = r.company_id WHERE r.id = ?) d"
			+ " ON (t.investor_id = d.investor_id AND t.layer = d.layer AND t.region = d.region)"
			+ " WHEN MATCHED THEN UPDATE SET rounds = t.rounds + d.rounds, leads = t.leads + d.leads"
			+ " WHEN NOT MATCHED THEN INSERT (investor_id, layer, region, rounds, leads)"
			+ " VALUES (d.investor_id, d.layer, d.region, d.rounds, d.leads)";

	private boolean removing;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.removing = before;
	}

	@Override
	protected void write(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		Object[] part = this.removing ? oldRow : newRow;
		int sign = this.removing ? -1 : 1;
		long leads = Boolean.TRUE.equals(part[LEAD]) ? sign : 0;
		try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
			merge.setObject(1, part[INVESTOR]);
			merge.setLong(2, sign);
			merge.setLong(3, leads);
			merge.executeUpdate();
		}
		try (PreparedStatement merge = connection.prepareStatement(CELL_MERGE)) {
			merge.setObject(1, part[INVESTOR]);
			merge.setLong(2, sign);
			merge.setLong(3, leads);
			merge.setObject(4, part[ROUND]);
			merge.executeUpdate();
		}
	}

}
