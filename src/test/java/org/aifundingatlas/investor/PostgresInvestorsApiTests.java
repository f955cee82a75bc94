package org.aifundingatlas.investor;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresInvestorsApiTests extends AbstractInvestorsApiTests {

}
