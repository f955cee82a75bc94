package org.aifundingatlas.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps an investor's rounds and leads (investor_total) equal to its parts in rounds on
 * H2 (see db/vendor/h2/V9__round_rollup_triggers.sql): as a BEFORE trigger it takes the
 * old part out, as an AFTER trigger it adds the new one. Totals that drop to no rounds
 * stay (queries skip them).
 */
public class H2InvestorTotalTrigger extends H2NestedWriteTrigger {

	// round_investor's columns: round_id, investor_id, lead.
	private static final int INVESTOR = 1;

	private static final int LEAD = 2;

	private static final String MERGE = "MERGE INTO investor_total t USING (VALUES (CAST(? AS BIGINT),"
			+ " CAST(? AS BIGINT), CAST(? AS BIGINT))) AS d (investor_id, rounds, leads) ON t.investor_id = d.investor_id"
			+ " WHEN MATCHED THEN UPDATE SET rounds = t.rounds + d.rounds, leads = t.leads + d.leads"
			+ " WHEN NOT MATCHED THEN INSERT (investor_id, rounds, leads) VALUES (d.investor_id, d.rounds, d.leads)";

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
		try (PreparedStatement merge = connection.prepareStatement(MERGE)) {
			merge.setObject(1, part[INVESTOR]);
			merge.setLong(2, sign);
			merge.setLong(3, Boolean.TRUE.equals(part[LEAD]) ? sign : 0);
			merge.executeUpdate();
		}
	}

}
