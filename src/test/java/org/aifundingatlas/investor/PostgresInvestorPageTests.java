package org.aifundingatlas.investor;

import org.aifundingatlas.support.OnPostgres;

@OnPostgres
class PostgresInvestorPageTests extends AbstractInvestorPageTests {

}
